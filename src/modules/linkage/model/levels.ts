import { GENERIC_FIRST_NAMES } from '../normalise/given-names.ts';
import { dateDigits, type PartialDate } from '../normalise/partial-date.ts';
import type { TextFeature } from '../record.ts';
import { withinOneEdit } from '../similarity/edit-distance.ts';
import { jaroWinkler } from '../similarity/jaro-winkler.ts';
import type { CodeLevel, DateLevel, TextLevel } from './spec.ts';

/** Whether a pair of present values is at a level; each declared level kind has one test here. */
export type LevelTest<T> = (a: T, b: T) => boolean;

/**
 * Tests for the levels of one text comparison. Its Jaro–Winkler levels share one computation per
 * pair: the tests run one after the other on the same two values.
 */
export function textLevelTests(levels: readonly TextLevel[]): LevelTest<TextFeature>[] {
  let lastA: TextFeature | null = null;
  let lastB: TextFeature | null = null;
  let lastSimilarity = 0;
  const similarity = (a: TextFeature, b: TextFeature) => {
    if (a !== lastA || b !== lastB) {
      lastA = a;
      lastB = b;
      lastSimilarity = jaroWinkler(a.text, b.text);
    }
    return lastSimilarity;
  };
  return levels.map((level) => textLevelTest(level, similarity));
}

function textLevelTest(
  level: TextLevel,
  similarity: (a: TextFeature, b: TextFeature) => number,
): LevelTest<TextFeature> {
  switch (level.kind) {
    case 'exact':
      return (a, b) => a.text === b.text;
    case 'sameNames':
      return (a, b) =>
        a.readings.length === b.readings.length && a.readings.every((r, i) => share(r, b.readings[i]!));
    case 'namesContained':
      return (a, b) => (a.tokens.length <= b.tokens.length ? contained(a, b) : contained(b, a));
    case 'phonetic':
      return (a, b) => a.phonetic === b.phonetic;
    case 'jaroWinkler':
      return (a, b) => similarity(a, b) >= level.atLeast;
    case 'oneEdit':
      return (a, b) => withinOneEdit(a.text, b.text);
  }
}

export function codeLevelTest(level: CodeLevel): LevelTest<string> {
  switch (level.kind) {
    case 'exact':
      return (a, b) => a === b;
    case 'oneEdit':
      return withinOneEdit;
    case 'samePrefix':
      return (a, b) =>
        a.length >= level.length && b.length >= level.length && a.startsWith(b.slice(0, level.length));
    case 'sameSuffix':
      return (a, b) =>
        a.length >= level.length && b.length >= level.length && a.endsWith(b.slice(-level.length));
  }
}

export function dateLevelTest(level: DateLevel): LevelTest<PartialDate> {
  switch (level.kind) {
    case 'exact':
      return (a, b) => a.year === b.year && a.month === b.month && a.day === b.day && a.day !== null;
    case 'compatible':
      return (a, b) =>
        (a.day === null || b.day === null) &&
        a.year === b.year &&
        (a.month === null || b.month === null || a.month === b.month);
    case 'dayMonthSwapped':
      return (a, b) =>
        a.year === b.year && a.day !== null && a.month !== a.day && a.month === b.day && a.day === b.month;
    case 'oneEdit':
      return (a, b) => a.day !== null && b.day !== null && withinOneEdit(dateDigits(a), dateDigits(b));
    case 'yearOff':
      return (a, b) =>
        Math.abs(a.year - b.year) <= level.years &&
        (a.month === null || b.month === null || a.month === b.month) &&
        (a.day === null || b.day === null || a.day === b.day);
  }
}

function share(readingsA: readonly string[], readingsB: readonly string[]): boolean {
  for (const reading of readingsA) if (readingsB.includes(reading)) return true;
  return false;
}

/**
 * Every name of `shorter` matches a different name of `longer`, and one of them is distinctive:
 * "Guadalupe" within "María Guadalupe" says much, "María" within "María Elena" little.
 */
function contained(shorter: TextFeature, longer: TextFeature): boolean {
  const used = new Array<boolean>(longer.readings.length).fill(false);
  const allFound = shorter.readings.every((readings) => {
    const match = longer.readings.findIndex((candidate, index) => !used[index] && share(readings, candidate));
    if (match < 0) return false;
    used[match] = true;
    return true;
  });
  return allFound && shorter.tokens.some((token) => !GENERIC_FIRST_NAMES.has(token));
}
