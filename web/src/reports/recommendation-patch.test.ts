import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../api/assessment.ts';
import {
  type RecommendationDraft,
  recommendationPatch,
  recommendationRequestOf,
} from './recommendation-patch.ts';

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
  textEs: ITEM.textEs,
  textEn: ITEM.textEn,
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
    ['spaces around the same wording', { textEs: ' Aumentar las condenas ' }, {}],
    [
      'a new Spanish wording',
      { textEs: 'Aumentar las condenas por trabajo forzoso' },
      { textEs: 'Aumentar las condenas por trabajo forzoso' },
    ],
    [
      'both wordings',
      { textEs: ' Aumentar las sentencias', textEn: 'Increase sentences ' },
      { textEs: 'Aumentar las sentencias', textEn: 'Increase sentences' },
    ],
    // The API refuses an empty wording with a clear problem; the form does not hide it.
    ['a wording cleared', { textEn: '  ' }, { textEn: '' }],
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

describe('new recommendation request', () => {
  it.each<[string, string, string[]]>([
    ['no indicator', '  ', []],
    [
      'codes with commas and spaces',
      'prevention.trainings,  prosecution.convictions ',
      ['prevention.trainings', 'prosecution.convictions'],
    ],
  ])('%s', (_, indicators, indicatorCodes) => {
    expect(
      recommendationRequestOf({
        textEs: ' Capacitar a inspectores ',
        textEn: 'Train inspectors',
        owner: ITEM.ownerAgency.id,
        dueOn: '2027-06-30',
        indicators,
      }),
    ).toEqual({
      textEs: 'Capacitar a inspectores',
      textEn: 'Train inspectors',
      ownerAgencyId: ITEM.ownerAgency.id,
      dueOn: '2027-06-30',
      indicatorCodes,
    });
  });
});
