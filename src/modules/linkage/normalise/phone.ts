/**
 * Phone numbers as "+<country><number>". Mexican numbers have 10 digits since 2019 and were written
 * with prefixes that no longer exist (01 long distance, 044/045 mobile, 1 after +52 for mobiles), so
 * all of those reduce to +52 and the 10 digits. Central American numbers have 8 digits after their
 * country code. A number with no country code and an unexpected length is kept as its digits; the
 * comparison still matches it on the last 8 digits.
 */
const CENTRAL_AMERICAN_CODES = ['501', '502', '503', '504', '505', '506', '507'];
const EXTENSION = /\s*(?:ext\.?|extension|x|#)\s*\d+\s*$/i;
const ALLOWED_SYMBOLS = /^[+\d\s().\-/]+$/;
const MIN_DIGITS = 7;

/** `null` for an empty value, `undefined` for something that is not a phone number. */
export function normalisePhone(raw: string): string | null | undefined {
  const value = raw.trim().replace(EXTENSION, '');
  if (value === '') return null;
  if (!ALLOWED_SYMBOLS.test(value)) return undefined;
  const digits = value.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS || digits.length > 15) return undefined;
  const international = value.startsWith('+') || digits.startsWith('00');
  return international ? withCountryCode(digits.replace(/^00/, '')) : withoutCountryCode(digits);
}

function withCountryCode(digits: string): string {
  if (digits.startsWith('52')) return mexican(digits.slice(2).replace(/^1(?=\d{10}$)/, ''));
  return `+${digits}`;
}

function withoutCountryCode(digits: string): string {
  if (digits.length === 10) return mexican(digits);
  const oldMexicanPrefix = /^(?:044|045|01|521|52)(\d{10})$/.exec(digits);
  if (oldMexicanPrefix) return mexican(oldMexicanPrefix[1]!);
  const centralAmerican = CENTRAL_AMERICAN_CODES.find(
    (code) => digits.length === 11 && digits.startsWith(code),
  );
  return centralAmerican ? `+${digits}` : digits;
}

function mexican(nationalNumber: string): string {
  return `+52${nationalNumber}`;
}
