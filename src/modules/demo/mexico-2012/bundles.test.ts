import { describe, expect, it } from 'vitest';
import { mexico2012Bundles } from './bundles.ts';
import { CASE_GROUPS, REFERRAL_BATCHES } from './plan.ts';

const plan = mexico2012Bundles();
const lines = [...plan.linesByAgency.values()].flat();
const person = (id: string) => lines.find((line) => line.type === 'person' && line.id === id)!;

describe('the mexico-2012 generator', () => {
  it('is deterministic', () => {
    expect(JSON.stringify([...mexico2012Bundles().linesByAgency])).toBe(
      JSON.stringify([...plan.linesByAgency]),
    );
  });

  it('plants 11 people recorded by two agencies among 342 survivor records', () => {
    expect(plan).toMatchObject({ survivorRecords: 342, distinctSurvivors: 331 });
    expect(lines.filter((line) => line.type === 'person' && line.role === 'survivor')).toHaveLength(342);
  });

  it('writes each planted person alike at both agencies, with a different record id', () => {
    for (const group of CASE_GROUPS.filter((item) => item.samePeopleAs)) {
      const same = group.samePeopleAs!;
      const ids = plan.survivors.get(group.key)!.ids;
      const originals = plan.survivors.get(same.group)!.ids.slice(same.from, same.from + ids.length);
      ids.forEach((id, index) => {
        const original = person(originals[index]!);
        expect(id).not.toBe(original.id);
        expect(person(id).identity).toEqual(original.identity);
        expect(person(id).nationality).toBe(original.nationality);
      });
    }
  });

  it('refers only survivors that exist, none twice to the same provider', () => {
    const referred = new Set<string>();
    for (const batch of REFERRAL_BATCHES) {
      const ids = plan.survivors.get(batch.group)!.ids.slice(batch.from, batch.to);
      expect(ids).toHaveLength(batch.to - batch.from);
      for (const id of ids) {
        expect(referred.has(`${batch.provider}:${id}`)).toBe(false);
        referred.add(`${batch.provider}:${id}`);
      }
    }
    expect(referred.size).toBe(121);
  });

  it('names every record’s case, with external ids the bundle format accepts', () => {
    const cases = new Set(lines.filter((line) => line.type === 'case').map((line) => line.id));
    for (const line of lines) {
      expect(String(line.id)).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/);
      if (line.type !== 'case') expect(cases.has(line.case)).toBe(true);
    }
  });
});
