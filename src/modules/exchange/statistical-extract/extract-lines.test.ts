import { describe, expect, it } from 'vitest';
import { createKeyRing } from '../../../platform/crypto/key-ring.ts';
import { type ExtractRow, entersExtract, extractLines } from './extract-lines.ts';
import { pseudonymiser } from './pseudonyms.ts';

const CASE_ID = '6f1c1d4e-0000-4000-8000-000000000001';
const SURVIVOR = '6f1c1d4e-0000-4000-8000-000000000002';
const UNCONSENTED = '6f1c1d4e-0000-4000-8000-000000000003';
const SUSPECT = '6f1c1d4e-0000-4000-8000-000000000004';

const row = (
  line_type: ExtractRow['line_type'],
  record_id: string,
  person_id: string | null,
  consented: boolean | null,
  fields = {},
): ExtractRow => ({
  line_type,
  record_id,
  case_id: CASE_ID,
  person_id,
  consented,
  fields,
});

const ROWS: ExtractRow[] = [
  row('exploitation', '6f1c1d4e-0000-4000-8000-000000000005', SURVIVOR, true, {
    forms: ['forced_labour'],
    recruitment: {},
    exploitation: { countryCode: 'MX', year: 2012 },
  }),
  row('exploitation', '6f1c1d4e-0000-4000-8000-000000000006', UNCONSENTED, false, {
    forms: ['forced_begging'],
  }),
  row('person', SURVIVOR, SURVIVOR, true, { role: 'survivor', birthYear: 1996 }),
  row('person', UNCONSENTED, UNCONSENTED, false, { role: 'survivor' }),
  row('person', SUSPECT, SUSPECT, null, { role: 'suspect' }),
  row('suspectRole', '6f1c1d4e-0000-4000-8000-000000000007', SUSPECT, null, { publicOfficial: false }),
  row('case', CASE_ID, null, null, { stateCode: 'PUE', openedYear: 2012 }),
];

describe('the rows of a statistical extract', () => {
  it.each([
    [null, 'aggregates', true],
    [null, 'consent_required', true],
    [true, 'aggregates', true],
    [true, 'consent_required', true],
    [false, 'aggregates', false],
    [false, 'consent_required', false],
  ] as const)('consented %s under %s: enters %s', (consented, policy, enters) => {
    expect(entersExtract(consented, policy)).toBe(enters);
  });

  it('keeps consenting survivors and suspects, links them by pseudonyms and drops empty places', () => {
    const pseudonym = pseudonymiser(createKeyRing(), 'anuario_2025');
    const lines = extractLines(ROWS, 'aggregates', pseudonym);
    expect(lines.map((line) => line.type)).toEqual([
      'case',
      'person',
      'person',
      'exploitation',
      'suspectRole',
    ]);
    const text = JSON.stringify(lines);
    for (const id of [CASE_ID, SURVIVOR, UNCONSENTED, SUSPECT]) expect(text).not.toContain(id);
    expect(text).not.toContain('forced_begging');
    const exploitation = lines.find((line) => line.type === 'exploitation');
    expect(exploitation).toEqual({
      type: 'exploitation',
      id: pseudonym('exploitation', '6f1c1d4e-0000-4000-8000-000000000005'),
      case: pseudonym('case', CASE_ID),
      person: pseudonym('person', SURVIVOR),
      forms: ['forced_labour'],
      exploitation: { countryCode: 'MX', year: 2012 },
    });
    expect(lines.find((line) => line.type === 'case')).toEqual({
      type: 'case',
      id: pseudonym('case', CASE_ID),
      stateCode: 'PUE',
      openedYear: 2012,
    });
  });
});

describe('pseudonyms', () => {
  it('are stable for one purpose and key, and unrelated across purposes and key rings', () => {
    const ring = createKeyRing();
    const yearbook = pseudonymiser(ring, 'anuario_2025');
    expect(yearbook('person', SURVIVOR)).toBe(pseudonymiser(ring, 'anuario_2025')('person', SURVIVOR));
    expect(yearbook('person', SURVIVOR)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(yearbook('person', SURVIVOR)).not.toBe(pseudonymiser(ring, 'estudio_rutas')('person', SURVIVOR));
    expect(yearbook('person', SURVIVOR)).not.toBe(
      pseudonymiser(createKeyRing(), 'anuario_2025')('person', SURVIVOR),
    );
    expect(yearbook('person', SURVIVOR)).not.toBe(yearbook('case', SURVIVOR));
  });
});
