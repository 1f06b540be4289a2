import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../cases/schema.ts';
import { type LegalTrackFacts, suggestedStatus } from './suggested-status.ts';

const none: LegalTrackFacts = { investigations: 0, prosecutions: 0, charges: 0, decidedCharges: 0 };
const opened = { ...none, investigations: 1 };
const prosecuted = { ...opened, prosecutions: 1 };
const charged = { ...opened, charges: 2 };
const halfDecided = { ...prosecuted, charges: 2, decidedCharges: 1 };
const decided = { ...prosecuted, charges: 2, decidedCharges: 2 };

describe('suggestedStatus', () => {
  it.each([
    ['identification', none, null],
    ['identification', opened, 'investigation'],
    ['identification', prosecuted, 'prosecution'],
    ['investigation', charged, 'prosecution'],
    ['investigation', halfDecided, 'trial'],
    ['prosecution', decided, 'sentenced'],
    ['investigation', opened, null],
    ['trial', prosecuted, null],
    ['sentenced', halfDecided, null],
    ['closed', decided, null],
  ] as [CaseStatus, LegalTrackFacts, CaseStatus | null][])('%s with %j → %s', (current, facts, expected) => {
    expect(suggestedStatus(current, facts)).toBe(expected);
  });
});
