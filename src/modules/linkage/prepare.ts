import type { Curp } from './normalise/curp.ts';
import { normaliseGivenNames } from './normalise/given-names.ts';
import type { PartialDate } from './normalise/partial-date.ts';
import { spanishPhoneticKey } from './normalise/phonetic.ts';
import type { Sex } from './normalise/sex.ts';
import { splitSurnames } from './normalise/surnames.ts';
import { foldedTokens } from './normalise/text.ts';
import type { LinkageRecord, PreparedRecord, TextFeature } from './record.ts';

/**
 * Turns checked records into comparable ones. Names repeat a great deal, so each distinct spelling
 * is normalised once and shared.
 */
export function prepareRecords(records: readonly LinkageRecord[]): PreparedRecord[] {
  const givenNameCache = new Map<string, TextFeature | null>();
  const textCache = new Map<string, TextFeature | null>();
  const cached = (cache: Map<string, TextFeature | null>, key: string, build: () => TextFeature | null) => {
    let feature = cache.get(key);
    if (feature === undefined) {
      feature = build();
      cache.set(key, feature);
    }
    return feature;
  };
  const text = (value: string | null) =>
    value === null ? null : cached(textCache, value, () => textFeature(foldedTokens(value)));
  return records.map((record, index) => {
    const surnames = splitSurnames(record.surname1, record.surname2);
    return {
      index,
      id: record.id,
      source: record.source,
      givenNames: cached(givenNameCache, record.givenNames, () => givenNamesFeature(record.givenNames)),
      surname1: text(surnames.paternal),
      surname2: text(surnames.maternal),
      sex: record.sex ?? curpEvidence(record.curp)?.sex ?? null,
      birthDate: birthDateWithCurp(record.birthDate, curpEvidence(record.curp)),
      nationality: record.nationality,
      curp: record.curp?.value ?? null,
      phone: record.phone,
      extras: record.extras.map(text),
    };
  });
}

function givenNamesFeature(value: string): TextFeature | null {
  const names = normaliseGivenNames(value);
  if (names.tokens.length === 0) return null;
  const joined = names.tokens.join(' ');
  return {
    text: joined,
    phonetic: spanishPhoneticKey(joined),
    tokens: names.tokens,
    readings: names.readings,
  };
}

function textFeature(tokens: readonly string[]): TextFeature | null {
  if (tokens.length === 0) return null;
  const joined = tokens.join(' ');
  return {
    text: joined,
    phonetic: spanishPhoneticKey(joined),
    tokens,
    readings: tokens.map((token) => [token]),
  };
}

/** A CURP says something about the person only when its check digit agrees. */
function curpEvidence(curp: Curp | null): { birthDate: PartialDate; sex: Sex } | null {
  return curp?.checkDigitValid ? curp : null;
}

/**
 * The CURP fills in a missing birth date or completes a partial one it agrees with; a recorded date
 * that contradicts it is kept, since either may be the mistake and the CURP comparison still counts.
 */
function birthDateWithCurp(recorded: PartialDate | null, curp: { birthDate: PartialDate } | null) {
  if (!curp) return recorded;
  if (!recorded) return curp.birthDate;
  const agrees =
    recorded.year === curp.birthDate.year &&
    (recorded.month === null || recorded.month === curp.birthDate.month) &&
    (recorded.day === null || recorded.day === curp.birthDate.day);
  return agrees ? curp.birthDate : recorded;
}
