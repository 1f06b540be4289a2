import { describe, expect, it } from 'vitest';
import { createKeyRing } from '../../../platform/crypto/key-ring.ts';
import { type ExtractRow, entersExtract, extractLines } from './extract-lines.ts';
import { pseudonymiser } from './pseudonyms.ts';

const CASE_ID = '6f1c1d4e-0000-4000-8000-000000000001';
const SURVIVOR = '6f1c1d4e-0000-4000-8000-000000000002';
const UNCONSENTED = '6f1c1d4e-0000-4000-8000-000000000003';
const SUSPECT = '6f1c1d4e-0000-4000-8000-000000000004';

const PROCEEDING = '6f1c1d4e-0000-4000-8000-000000000008';
const CHARGE = '6f1c1d4e-0000-4000-8000-000000000009';
const VERDICT = '6f1c1d4e-0000-4000-8000-00000000000a';

const row = (
  line_type: ExtractRow['line_type'],
  record_id: string,
  person_id: string | null,
  consented: boolean | null,
  fields = {},
  refs: ExtractRow['refs'] = {},
): ExtractRow => ({
  line_type,
  record_id,
  case_id: CASE_ID,
  person_id,
  consented,
  refs,
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

/** The legal track, protection and consent rows of the same case. */
const RECORD_ROWS: ExtractRow[] = [
  row('consent', '6f1c1d4e-0000-4000-8000-000000000010', SURVIVOR, true, { scopes: ['statistics'] }),
  row('protectionMeasure', '6f1c1d4e-0000-4000-8000-000000000011', UNCONSENTED, false, {
    kind: 'repatriation',
  }),
  row('protectionMeasure', '6f1c1d4e-0000-4000-8000-000000000012', SURVIVOR, true, { kind: 'compensation' }),
  row(
    'appeal',
    '6f1c1d4e-0000-4000-8000-000000000013',
    SUSPECT,
    null,
    { filedYear: 2014 },
    { verdict: VERDICT },
  ),
  row('verdict', VERDICT, SUSPECT, null, { outcome: 'conviction' }, { charge: CHARGE }),
  row('charge', CHARGE, SUSPECT, null, { form: 'forced_labour' }, { proceeding: PROCEEDING }),
  row('legalProceeding', PROCEEDING, null, null, { investigationOpenedYear: 2012 }),
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

describe('the legal track, protection and consent in an extract', () => {
  const pseudonym = pseudonymiser(createKeyRing(), 'anuario_2025');
  const lines = extractLines([...RECORD_ROWS, ...ROWS], 'aggregates', pseudonym);
  const ofType = (type: string) => lines.filter((line) => line.type === type);

  it('come after the case, its people and their records, parents before the records naming them', () => {
    expect(lines.map((line) => line.type)).toEqual([
      'case',
      'person',
      'person',
      'exploitation',
      'suspectRole',
      'legalProceeding',
      'charge',
      'verdict',
      'appeal',
      'protectionMeasure',
      'consent',
    ]);
  });

  it('point at their proceeding, charge and verdict by those lines’ own pseudonyms', () => {
    const [proceeding] = ofType('legalProceeding');
    const [charge] = ofType('charge');
    const [verdict] = ofType('verdict');
    expect(proceeding).toEqual({
      type: 'legalProceeding',
      id: pseudonym('legalProceeding', PROCEEDING),
      case: pseudonym('case', CASE_ID),
      investigationOpenedYear: 2012,
    });
    expect(charge).toMatchObject({ proceeding: proceeding?.id, person: pseudonym('person', SUSPECT) });
    expect(verdict).toMatchObject({ charge: charge?.id, person: pseudonym('person', SUSPECT) });
    expect(ofType('appeal')[0]).toMatchObject({ verdict: verdict?.id, filedYear: 2014 });
    const text = JSON.stringify(lines);
    for (const id of [PROCEEDING, CHARGE, VERDICT]) expect(text).not.toContain(id);
  });

  it.each(['aggregates', 'consent_required'] as const)(
    'keep a survivor’s protection only with her consent, under %s',
    (policy) => {
      const measures = extractLines([...RECORD_ROWS, ...ROWS], policy, pseudonym).filter(
        (line) => line.type === 'protectionMeasure',
      );
      expect(measures.map((line) => line.kind)).toEqual(['compensation']);
      expect(measures[0]?.person).toBe(pseudonym('person', SURVIVOR));
    },
  );
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
