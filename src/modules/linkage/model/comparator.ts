import type { PartialDate } from '../normalise/partial-date.ts';
import type { PreparedRecord, TextFeature } from '../record.ts';
import { codeLevelTest, dateLevelTest, type LevelTest, textLevelTests } from './levels.ts';
import { type OrientedNames, orientedNames, orientNames } from './name-orientation.ts';
import type { CodeField, ComparisonSpec, TextField } from './spec.ts';

/** Level of a pair where either value is missing: it carries no evidence either way. */
export const NULL_LEVEL = 255;

export type CompiledComparison = {
  spec: ComparisonSpec;
  /** Declared levels plus the final "disagree" level. */
  levelCount: number;
  /** The pair's level, or `NULL_LEVEL`; `bNames` are the second record's names read against the first's. */
  level(a: PreparedRecord, b: PreparedRecord, bNames: OrientedNames): number;
  /** The value an exact agreement agrees on, for the term-frequency adjustment. */
  value(record: PreparedRecord): string | null;
};

export type Comparator = {
  comparisons: CompiledComparison[];
  /** Writes the levels of the pair into `out`, one byte per comparison, from `offset`. */
  compare(a: PreparedRecord, b: PreparedRecord, out: Uint8Array, offset: number): void;
};

export function compileComparator(
  specs: readonly ComparisonSpec[],
  extraNames: readonly string[],
): Comparator {
  const comparisons = specs.map((spec) => compileComparison(spec, extraNames));
  return {
    comparisons,
    compare(a, b, out, offset) {
      const bNames = orientedNames(b, orientNames(a, b));
      for (let c = 0; c < comparisons.length; c++) out[offset + c] = comparisons[c]!.level(a, b, bNames);
    },
  };
}

function compileComparison(spec: ComparisonSpec, extraNames: readonly string[]): CompiledComparison {
  const levelCount = spec.levels.length + 1;
  switch (spec.type) {
    case 'text': {
      const read = textReader(spec.field, extraNames);
      const tests = textLevelTests(spec.levels);
      return {
        spec,
        levelCount,
        level: (a, b, bNames) => firstLevel(tests, read(a, a), read(b, bNames)),
        value: (record) => read(record, record)?.text ?? null,
      };
    }
    case 'code': {
      const read = codeReader(spec.field, extraNames);
      const tests = spec.levels.map(codeLevelTest);
      return { spec, levelCount, level: (a, b) => firstLevel(tests, read(a), read(b)), value: read };
    }
    case 'date': {
      const tests = spec.levels.map(dateLevelTest);
      const read = (record: PreparedRecord): PartialDate | null => record.birthDate;
      return { spec, levelCount, level: (a, b) => firstLevel(tests, read(a), read(b)), value: () => null };
    }
  }
}

function firstLevel<T>(tests: readonly LevelTest<T>[], a: T | null, b: T | null): number {
  if (a === null || b === null) return NULL_LEVEL;
  for (let level = 0; level < tests.length; level++) if (tests[level]!(a, b)) return level;
  return tests.length;
}

function textReader(
  field: TextField,
  extraNames: readonly string[],
): (record: PreparedRecord, names: OrientedNames) => TextFeature | null {
  if (field === 'givenNames' || field === 'surname1' || field === 'surname2')
    return (_, names) => names[field];
  const extra = extraIndex(field, extraNames);
  return (record) => record.extras[extra] ?? null;
}

function codeReader(
  field: CodeField,
  extraNames: readonly string[],
): (record: PreparedRecord) => string | null {
  switch (field) {
    case 'sex':
      return (record) => record.sex;
    case 'nationality':
      return (record) => record.nationality;
    case 'curp':
      return (record) => record.curp;
    case 'phone':
      return (record) => record.phone;
    default: {
      const extra = extraIndex(field, extraNames);
      return (record) => record.extras[extra]?.text ?? null;
    }
  }
}

export function extraIndex(field: `extra:${string}`, extraNames: readonly string[]): number {
  const index = extraNames.indexOf(field.slice('extra:'.length));
  if (index < 0) throw new Error(`The model compares the unknown extra column ${field}`);
  return index;
}
