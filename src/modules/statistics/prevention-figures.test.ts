import { describe, expect, it } from 'vitest';
import { indicatorByCode } from './indicators.ts';
import { preventionFigure } from './prevention-figures.ts';
import { preventionIssues } from './prevention-rules.ts';
import type { PreventionRow } from './statistics-store.ts';

const agencies = new Map([
  ['a1', { id: 'a1', code: 'CIT', name: 'Comisión', agencyType: 'interagency_commission' }],
]);
const activity = (overrides: Partial<PreventionRow>): PreventionRow => ({
  agencyId: 'a1',
  activityType: 'training',
  stateCode: 'PUE',
  audience: 'police',
  languages: ['es'],
  peopleReached: 10,
  ...overrides,
});
const log = [
  activity({ peopleReached: 40 }),
  activity({
    activityType: 'awareness_campaign',
    audience: 'general_public',
    languages: ['es', 'tsotsil'],
    peopleReached: 1000,
    stateCode: null,
  }),
  activity({
    activityType: 'tourism_training',
    audience: 'tourism_workers',
    stateCode: 'ROO',
    peopleReached: 25,
  }),
];
const figure = (code: string) => preventionFigure(indicatorByCode.get(code)!, 2012, log, agencies);
const cells = (code: string, dimension: string) =>
  Object.fromEntries(
    figure(code)
      .breakdowns.find((item) => item.dimension === dimension)!
      .cells.map((cell) => [cell.key, cell.value]),
  );

describe('prevention figures', () => {
  it.each([
    ['prevention.activities', 3],
    ['prevention.people_reached', 1065],
    ['prevention.trainings', 1],
    ['prevention.awareness_campaigns', 1],
    ['prevention.tourism_trainings', 1],
  ])('%s is %d', (code, value) => {
    expect(figure(code).value).toBe(value);
  });

  it('breaks campaigns down by each language they were held in, and nationwide work apart', () => {
    expect(cells('prevention.awareness_campaigns', 'language')).toEqual({ es: 1, tsotsil: 1 });
    expect(cells('prevention.people_reached', 'state')).toEqual({ national: 1000, PUE: 40, ROO: 25 });
    expect(cells('prevention.trainings', 'audience')).toEqual({ police: 1 });
  });

  it('is null for a year with no activity recorded', () => {
    expect(
      preventionFigure(indicatorByCode.get('prevention.trainings')!, 2012, [], agencies).value,
    ).toBeNull();
  });

  it('refuses a language named twice', () => {
    expect(preventionIssues({ languages: ['es', 'nahuatl'] })).toEqual([]);
    expect(preventionIssues({ languages: ['es', 'es'] })).toEqual([
      { path: 'languages', key: 'languages_repeated' },
    ]);
  });
});
