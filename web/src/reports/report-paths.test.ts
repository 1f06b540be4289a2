import { describe, expect, it } from 'vitest';
import { figureRecordsPath, isTraceable } from './report-paths.ts';

describe('report paths', () => {
  it.each([
    [2012, 'prosecution.convictions', undefined, '/reports/figures/2012/prosecution.convictions/records'],
    [
      2012,
      'prosecution.convictions',
      { dimension: 'authority', cell: 'FGE-PUE' },
      '/reports/figures/2012/prosecution.convictions/records?dimension=authority&cell=FGE-PUE',
    ],
  ])('leads %i %s %o to %s', (year, code, cell, path) => {
    expect(figureRecordsPath(year, code, cell)).toBe(path);
  });

  it.each([
    ['prosecution.convictions', true],
    ['protection.survivors_identified', true],
    ['prosecution.sentence_length', true],
    ['prosecution.jurisdiction_decision_days', true],
    ['prevention.trainings', true],
    ['prosecution.nonsense', false],
  ])('%s leads to records: %s', (code, traceable) => {
    expect(isTraceable(code)).toBe(traceable);
  });
});
