import { describe, expect, it } from 'vitest';
import { answerCurrent, startInterview } from './interview.ts';
import { discardDraft, draftsOfCase, forgetAllDrafts, saveDraft } from './screening-draft.ts';

/** sessionStorage's interface over a Map, since unit tests run without a browser. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const CASE = '5b0f4a57-4c0c-4c7a-9a55-6d1f3c3f6a10';
const OTHER_CASE = '0d3c1a8e-8f0b-4bb4-8d6e-2b6f0a1f4e22';
const PERSON = '7e9d2b1c-3a4f-4e5d-8c6b-9a0f1e2d3c4b';
const KEY = { caseId: CASE, personId: PERSON, instrumentId: 'children.short' };
const interview = answerCurrent(
  answerCurrent(startInterview(['child.age', 'child.recruitment']), 16),
  'skip',
);

describe('unfinished screenings in sessionStorage', () => {
  it('keeps ids and answers only, under a key of case, person and instrument', () => {
    const storage = new MemoryStorage();
    saveDraft(storage, KEY, '1.0.0', interview);
    expect(storage.key(0)).toBe(`enlace.screening-draft:${CASE}:${PERSON}:children.short`);
    expect(JSON.parse(storage.getItem(storage.key(0)!)!)).toEqual({
      version: '1.0.0',
      index: 2,
      answers: { 'child.age': 16, 'child.recruitment': 'skip' },
    });
  });

  it('offers the drafts of one case, with the instrument version they were started on', () => {
    const storage = new MemoryStorage();
    saveDraft(storage, KEY, '1.0.0', interview);
    saveDraft(storage, { ...KEY, caseId: OTHER_CASE }, '1.0.0', interview);
    storage.setItem('enlace.language', 'en');
    expect(draftsOfCase(storage, CASE)).toEqual([
      { ...KEY, version: '1.0.0', index: 2, answers: { 'child.age': 16, 'child.recruitment': 'skip' } },
    ]);
  });

  it('drops an entry it cannot read instead of offering it', () => {
    const storage = new MemoryStorage();
    storage.setItem(`enlace.screening-draft:${CASE}:${PERSON}:children.short`, '{"answers":{"x":"maybe"}}');
    storage.setItem(`enlace.screening-draft:${CASE}:${PERSON}:children.long`, 'not json');
    expect(draftsOfCase(storage, CASE)).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('discards one draft, and every draft at sign-out while leaving other settings', () => {
    const storage = new MemoryStorage();
    saveDraft(storage, KEY, '1.0.0', interview);
    discardDraft(storage, KEY);
    expect(storage.length).toBe(0);
    saveDraft(storage, KEY, '1.0.0', interview);
    saveDraft(storage, { ...KEY, caseId: OTHER_CASE }, '1.0.0', interview);
    storage.setItem('enlace.language', 'en');
    forgetAllDrafts(storage);
    expect(storage.length).toBe(1);
    expect(storage.getItem('enlace.language')).toBe('en');
  });
});
