import { z } from 'zod';
import { instrumentAnswers } from '../../../src/modules/screening/instruments/answers.ts';
import type { Interview } from './interview.ts';

/**
 * Unfinished interviews, kept in the tab's sessionStorage so that a reload or a lost connection does not
 * lose them; they go when the tab closes, when the screening is kept on the case, or at sign-out. The key
 * holds only ids (case, person, instrument) and the value only the answers: never a name.
 */
const PREFIX = 'enlace.screening-draft';

export type DraftKey = { caseId: string; personId: string; instrumentId: string };
export type Draft = DraftKey & { version: string; index: number; answers: Interview['answers'] };

const storedDraft = z.object({
  version: z.string(),
  index: z.number().int().min(0),
  answers: instrumentAnswers,
});

const storageKey = ({ caseId, personId, instrumentId }: DraftKey) =>
  [PREFIX, caseId, personId, instrumentId].join(':');

export function saveDraft(storage: Storage, key: DraftKey, version: string, interview: Interview): void {
  const value = { version, index: interview.index, answers: interview.answers };
  storage.setItem(storageKey(key), JSON.stringify(value));
}

export function discardDraft(storage: Storage, key: DraftKey): void {
  storage.removeItem(storageKey(key));
}

/** The case's unfinished interviews; an unreadable entry is dropped rather than offered. */
export function draftsOfCase(storage: Storage, caseId: string): Draft[] {
  return storedKeys(storage).flatMap((key) => {
    const [prefix, draftCase, personId, instrumentId, ...rest] = key.split(':');
    if (prefix !== PREFIX || draftCase !== caseId || !personId || !instrumentId || rest.length > 0) return [];
    const parsed = storedDraft.safeParse(parseJson(storage.getItem(key)));
    if (!parsed.success) {
      storage.removeItem(key);
      return [];
    }
    return [{ caseId, personId, instrumentId, ...parsed.data }];
  });
}

/** Every unfinished interview of every case, for sign-out: the next person at this tab sees none. */
export function forgetAllDrafts(storage: Storage): void {
  for (const key of storedKeys(storage)) if (key.startsWith(`${PREFIX}:`)) storage.removeItem(key);
}

function storedKeys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key !== null,
  );
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
