import { describe, expect, it } from 'vitest';
import { fixtureIndicators } from '../../../test/support/annual-figures-fixture.ts';
import type { PublicRelease } from '../../contracts/publication.ts';
import { csvCell, OPEN_DATA_COLUMNS, openDataCsv, openDataRows } from './open-data.ts';
import { protectFigures } from './protect-figures.ts';

const release = (agencyName = 'Instituto Nacional de Migración'): PublicRelease => {
  const indicators = protectFigures(fixtureIndicators(2012), { threshold: 5 }).indicators.map(
    (indicator) => ({
      ...indicator,
      provenance: {
        ...indicator.provenance,
        agencies: indicator.provenance.agencies.map((agency) => ({ ...agency, agencyName })),
      },
    }),
  );
  return {
    releaseId: '11111111-2222-4333-8444-555555555555',
    country: 'MX',
    year: 2012,
    releasedAt: '2026-11-30T05:00:00.000Z',
    computedAt: '2026-11-30T04:00:00.000Z',
    publisher: 'Comisión Intersecretarial',
    disclosure: { threshold: 5, epsilon: null, privacyBudget: null },
    indicators,
  };
};

describe('csvCell', () => {
  it.each([
    { value: 'sexual_exploitation', expected: 'sexual_exploitation' },
    { value: '=HYPERLINK("http://x","clic")', expected: `"'=HYPERLINK(""http://x"",""clic"")"` },
    { value: '+52 55 1234', expected: `"'+52 55 1234"` },
    { value: '-1+1', expected: `"'-1+1"` },
    { value: '@SUM(A1)', expected: `"'@SUM(A1)"` },
    { value: '\tcmd', expected: `"'\tcmd"` },
    { value: 'Fiscalía, Puebla', expected: '"Fiscalía, Puebla"' },
    { value: 'dice "hola"', expected: '"dice ""hola"""' },
    { value: 'dos\nlíneas', expected: '"dos\nlíneas"' },
    { value: 12, expected: '12' },
    { value: false, expected: 'false' },
    { value: null, expected: '' },
  ])('writes $value as $expected', ({ value, expected }) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('openDataRows', () => {
  const rows = openDataRows(release());

  it('writes a total, each breakdown cell, the distribution and each contributing agency', () => {
    const convictions = rows.filter((row) => row.indicator === 'prosecution.convictions');
    expect(convictions.map((row) => [row.dimension, row.category, row.value, row.status])).toEqual([
      ['total', 'total', 25, 'published'],
      ['form_mexican_law', 'sexual_exploitation', 19, 'published'],
      ['form_mexican_law', 'forced_labour', 6, 'published'],
      ['state', 'CMX', 12, 'published'],
      ['state', 'PUE', null, 'suppressed'],
      ['state', 'CHP', null, 'suppressed'],
      ['state', 'OAX', null, 'suppressed'],
      ['contributing_agency', 'Instituto Nacional de Migración', 18, 'published'],
      ['contributing_agency', 'Instituto Nacional de Migración', null, 'suppressed'],
      ['contributing_agency', 'Instituto Nacional de Migración', null, 'suppressed'],
    ]);
    expect(convictions.find((row) => row.dimension === 'state')).toMatchObject({ htcds_field: 'hte_State' });
    const sentences = rows.filter((row) => row.indicator === 'prosecution.sentence_length');
    expect(sentences.filter((row) => row.dimension === 'distribution').map((row) => row.value)).toEqual([
      25, 2, 7, 40,
    ]);
  });

  it('writes the same rows as CSV, one line each, under the documented header', () => {
    const csv = openDataCsv(rows);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(OPEN_DATA_COLUMNS.join(','));
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines).toContain(
      'MX,2012,11111111-2222-4333-8444-555555555555,protection.repatriations,protection,count,total,,total,,suppressed,false,true,0.9,false,5,',
    );
  });

  it('defuses an agency name that a spreadsheet would run as a formula', () => {
    const csv = openDataCsv(openDataRows(release('=cmd|" /C calc"!A0')));
    expect(csv).not.toMatch(/(^|,)=cmd/m);
    expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`);
  });
});
