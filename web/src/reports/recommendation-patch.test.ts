import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../api/assessment.ts';
import { type RecommendationDraft, recommendationPatch } from './recommendation-patch.ts';

const ITEM: Recommendation = {
  id: '6c1f2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  textEs: 'Aumentar las condenas',
  textEn: 'Increase convictions',
  ownerAgency: { id: '11111111-1111-4111-8111-111111111111', code: 'FEVIMTRA', name: 'Fiscalía' },
  dueOn: '2025-06-30',
  indicatorCodes: ['prosecution.convictions'],
  status: 'not_started',
  notes: [],
  version: 3,
};
const UNCHANGED: RecommendationDraft = {
  owner: ITEM.ownerAgency.id,
  dueOn: ITEM.dueOn,
  indicators: 'prosecution.convictions',
  status: 'not_started',
  note: '',
};

describe('recommendation patch', () => {
  it.each<[string, Partial<RecommendationDraft>, object]>([
    ['nothing changed', {}, {}],
    ['spaces around the same codes', { indicators: '  prosecution.convictions , ' }, {}],
    [
      'a new owner',
      { owner: '22222222-2222-4222-8222-222222222222' },
      { ownerAgencyId: '22222222-2222-4222-8222-222222222222' },
    ],
    ['a new due date', { dueOn: '2025-12-31' }, { dueOn: '2025-12-31' }],
    [
      'indicators added',
      { indicators: 'prosecution.convictions, prosecution.investigations' },
      { indicatorCodes: ['prosecution.convictions', 'prosecution.investigations'] },
    ],
    ['indicators cleared', { indicators: '' }, { indicatorCodes: [] }],
    [
      'a status with its note',
      { status: 'in_progress', note: ' Inició ' },
      { status: 'in_progress', progressNote: 'Inició' },
    ],
  ])('%s', (_, change, patch) => {
    expect(recommendationPatch(ITEM, { ...UNCHANGED, ...change })).toEqual(patch);
  });
});
