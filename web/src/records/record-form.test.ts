import { describe, expect, it } from 'vitest';
import { type FieldSpec, initialValues, requestBody } from './record-form.ts';

const fields: FieldSpec[] = [
  { name: 'personId', kind: 'person', roles: ['suspect'], required: true, fixed: true },
  { name: 'decidedOn', kind: 'date', required: true },
  { name: 'prisonYears', kind: 'number' },
  { name: 'scopes', kind: 'multiselect', options: { group: 'scopes', values: ['services', 'statistics'] } },
  { name: 'voluntary', kind: 'confirm' },
  { name: 'evidenceNote', kind: 'textarea' },
  { name: 'fineMxn', kind: 'number', when: (values) => values.voluntary === true },
  {
    name: 'result',
    kind: 'select',
    options: { group: 'result', values: ['pending', 'upheld'] },
    initial: 'pending',
  },
];

describe('record forms', () => {
  it('start empty for a new record and from the record to change one', () => {
    expect(initialValues(fields)).toEqual({
      personId: '',
      decidedOn: '',
      prisonYears: '',
      scopes: [],
      voluntary: false,
      evidenceNote: '',
      fineMxn: '',
      result: 'pending',
    });
    expect(
      initialValues(fields, {
        personId: 'p1',
        decidedOn: '2012-11-20',
        prisonYears: 9,
        scopes: ['services'],
      }),
    ).toMatchObject({ personId: 'p1', prisonYears: '9', scopes: ['services'], evidenceNote: '' });
  });

  it('send what was filled in for a new record, as the API types it', () => {
    const values = {
      ...initialValues(fields),
      personId: 'p1',
      decidedOn: '2012-11-20',
      prisonYears: ' 9 ',
      voluntary: true,
    };
    expect(requestBody(fields, values)).toEqual({
      personId: 'p1',
      decidedOn: '2012-11-20',
      prisonYears: 9,
      scopes: [],
      voluntary: true,
      result: 'pending',
    });
  });

  it('send only what changed, emptied fields as null, never the fixed ones', () => {
    const original = initialValues(fields, {
      personId: 'p1',
      decidedOn: '2012-11-20',
      prisonYears: 9,
      evidenceNote: 'x',
    });
    const values = { ...original, personId: 'p2', prisonYears: '10', evidenceNote: '' };
    expect(requestBody(fields, values, original)).toEqual({ prisonYears: 10, evidenceNote: null });
  });

  it('clear a field the form no longer shows', () => {
    const original = initialValues(fields, { voluntary: true, fineMxn: 500, result: 'pending' });
    expect(requestBody(fields, { ...original, voluntary: false }, original)).toEqual({
      voluntary: false,
      fineMxn: null,
    });
  });
});
