import { describe, expect, it } from 'vitest';
import { linkageRecordOf, type RecordFields } from './record-fields.ts';

const EMPTY: RecordFields = {
  id: 'r1',
  source: 'agency',
  givenNames: '',
  surname1: '',
  surname2: '',
  sex: '',
  birthDate: '',
  nationality: '',
  curp: '',
  phone: '',
};

describe('linkageRecordOf', () => {
  it.each([
    { case: 'sex as stored', fields: { sex: 'female' }, expected: { sex: 'F' } },
    { case: 'a sex the engine does not compare', fields: { sex: 'intersex' }, expected: { sex: null } },
    {
      case: 'a year only',
      fields: { birthDate: '1996' },
      expected: { birthDate: { year: 1996, month: null, day: null } },
    },
    { case: 'a two-letter nationality', fields: { nationality: 'GT' }, expected: { nationality: 'GTM' } },
    { case: 'no nationality', fields: {}, expected: { nationality: null } },
    { case: 'a malformed CURP is left out', fields: { curp: 'NO-ES-CURP' }, expected: { curp: null } },
    { case: 'a Mexican phone', fields: { phone: '222 123 4567' }, expected: { phone: '+522221234567' } },
    {
      case: 'text that is no phone is left out',
      fields: { phone: 'sin teléfono' },
      expected: { phone: null },
    },
  ])('$case', ({ fields, expected }) => {
    expect(linkageRecordOf({ ...EMPTY, ...fields })).toMatchObject(expected);
  });
});
