import type { ExtraColumn } from '../record.ts';
import type { BlockingRuleSpec, ComparisonSpec, ModelSpec, TextLevel } from './spec.ts';

const NAME_LEVELS: TextLevel[] = [
  { kind: 'exact' },
  { kind: 'phonetic' },
  { kind: 'oneEdit' },
  { kind: 'jaroWinkler', atLeast: 0.92 },
  { kind: 'jaroWinkler', atLeast: 0.8 },
];

const GIVEN_NAME_LEVELS: TextLevel[] = [
  { kind: 'exact' },
  { kind: 'sameNames' },
  { kind: 'namesContained' },
  { kind: 'phonetic' },
  { kind: 'oneEdit' },
  { kind: 'jaroWinkler', atLeast: 0.92 },
  { kind: 'jaroWinkler', atLeast: 0.8 },
];

const PERSON_COMPARISONS: ComparisonSpec[] = [
  {
    name: 'given_names',
    type: 'text',
    field: 'givenNames',
    levels: GIVEN_NAME_LEVELS,
    termFrequency: 'given',
  },
  { name: 'surname_1', type: 'text', field: 'surname1', levels: NAME_LEVELS, termFrequency: 'surname' },
  { name: 'surname_2', type: 'text', field: 'surname2', levels: NAME_LEVELS, termFrequency: 'surname' },
  {
    name: 'birth_date',
    type: 'date',
    field: 'birthDate',
    levels: [
      { kind: 'exact' },
      { kind: 'compatible' },
      { kind: 'dayMonthSwapped' },
      { kind: 'oneEdit' },
      { kind: 'yearOff', years: 1 },
    ],
  },
  { name: 'sex', type: 'code', field: 'sex', levels: [{ kind: 'exact' }] },
  {
    name: 'curp',
    type: 'code',
    field: 'curp',
    levels: [{ kind: 'exact' }, { kind: 'oneEdit' }, { kind: 'samePrefix', length: 10 }],
  },
  {
    name: 'phone',
    type: 'code',
    field: 'phone',
    levels: [{ kind: 'exact' }, { kind: 'sameSuffix', length: 8 }, { kind: 'oneEdit' }],
  },
  { name: 'nationality', type: 'code', field: 'nationality', levels: [{ kind: 'exact' }] },
];

function extraComparison(extra: ExtraColumn): ComparisonSpec {
  const field = `extra:${extra.name}` as const;
  if (extra.kind === 'code') {
    return {
      name: extra.name,
      type: 'code',
      field,
      levels: [{ kind: 'exact' }, { kind: 'oneEdit' }],
      termFrequency: extra.name,
    };
  }
  return { name: extra.name, type: 'text', field, levels: NAME_LEVELS, termFrequency: extra.name };
}

/**
 * The model `enlace link` uses: person fields, plus one comparison per extra column and the extra
 * blocking rules of the input map.
 */
export function defaultModel(
  extras: readonly ExtraColumn[],
  extraRules: readonly BlockingRuleSpec[] = [],
): ModelSpec {
  return {
    comparisons: [...PERSON_COMPARISONS, ...extras.map(extraComparison)],
    blockingRules: [
      { name: 'birth date', on: ['birthDate'] },
      { name: 'two name words and birth year', on: ['nameWordPair', 'birthYear'] },
      { name: 'given name and both surnames', on: ['givenName', 'surnamePair'] },
      {
        name: 'two uncommon name words',
        on: ['nameWordPair'],
        maxBlockSize: 30,
      },
      // The rules below catch variants of a name; they skip the blocks of the commonest values
      // (at a million records, "Hernández" born in one month), whose pairs the rules above reach.
      { name: 'surname and birth month', on: ['surname', 'birthYearMonth'], maxBlockSize: 100 },
      { name: 'surname and birthday', on: ['surname', 'birthMonthDay'], maxBlockSize: 100 },
      { name: 'given name and birth month', on: ['givenName', 'birthYearMonth'], maxBlockSize: 100 },
      { name: 'uncommon name word and birth year', on: ['nameWord', 'birthYear'], maxBlockSize: 100 },
      { name: 'CURP stem', on: ['curpStem'] },
      { name: 'phone', on: ['phone'] },
      ...extraRules,
    ],
    training: [
      // The CURP holds the birth date; sex follows from the given name and nationality from the surnames.
      { rule: 'birth date', leaveOut: ['birth_date', 'curp'] },
      {
        rule: 'given name and both surnames',
        leaveOut: ['given_names', 'surname_1', 'surname_2', 'sex', 'nationality'],
      },
    ],
    maxBlockSize: 2000,
    randomPairs: 300_000,
  };
}
