import { describe, expect, test } from 'vitest';
import { creationChanges, type FieldChange, fieldChanges, type HistorySpec } from './field-changes.ts';

type Field = 'status' | 'municipality' | 'givenNames' | 'forms' | 'startedOn';
const spec: HistorySpec<Field> = {
  status: 'shown',
  municipality: 'shown',
  givenNames: 'protected',
  forms: 'shown',
  startedOn: 'shown',
};

describe('fieldChanges', () => {
  const cases: { name: string; before: object; patch: object; expected: FieldChange[] }[] = [
    { name: 'nothing in the patch', before: { status: 'trial' }, patch: {}, expected: [] },
    { name: 'same value', before: { status: 'trial' }, patch: { status: 'trial' }, expected: [] },
    {
      name: 'a shown field keeps both values',
      before: { status: 'investigation' },
      patch: { status: 'prosecution' },
      expected: [{ field: 'status', from: 'investigation', to: 'prosecution' }],
    },
    {
      name: 'null clears a field',
      before: { municipality: 'Tehuacán' },
      patch: { municipality: null },
      expected: [{ field: 'municipality', from: 'Tehuacán', to: null }],
    },
    {
      name: 'undefined leaves a field alone',
      before: { municipality: 'Tehuacán' },
      patch: { municipality: undefined },
      expected: [],
    },
    {
      name: 'a protected field is named without values',
      before: { givenNames: 'Ana' },
      patch: { givenNames: 'Ana María' },
      expected: [{ field: 'givenNames', protected: true }],
    },
    {
      name: 'lists compare by content',
      before: { forms: ['forced_labour'] },
      patch: { forms: ['forced_labour'] },
      expected: [],
    },
    {
      name: 'dates normalise to ISO text',
      before: { startedOn: new Date('2012-03-01T00:00:00.000Z') },
      patch: { startedOn: '2012-03-01T00:00:00.000Z' },
      expected: [],
    },
    {
      name: 'changes follow the spec order, not the patch order',
      before: {},
      patch: { forms: ['servitude'], status: 'trial' },
      expected: [
        { field: 'status', from: null, to: 'trial' },
        { field: 'forms', from: null, to: ['servitude'] },
      ],
    },
    {
      name: 'fields outside the spec are ignored',
      before: {},
      patch: { secret: 'x' },
      expected: [],
    },
  ];
  test.each(cases)('$name', ({ before, patch, expected }) => {
    expect(fieldChanges(spec, before, patch)).toEqual(expected);
  });
});

describe('creationChanges', () => {
  test('lists the set fields, protected ones without values, and leaves out empty ones', () => {
    expect(
      creationChanges(spec, { status: 'identification', municipality: null, givenNames: 'Ana' }),
    ).toEqual([
      { field: 'status', from: null, to: 'identification' },
      { field: 'givenNames', protected: true },
    ]);
  });
});
