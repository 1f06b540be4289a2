import type { Language } from '../../platform/i18n/languages.ts';

/** A count as readers write it in their language (thousands separators). */
export const formatCount = (value: number, language: Language) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);

/** "al menos 25" / "at least 25" when the records' coverage is incomplete; the bare number otherwise. */
export function amount(value: number, atLeast: boolean, language: Language): string {
  const number = formatCount(value, language);
  if (!atLeast) return number;
  return language === 'en' ? `at least ${number}` : `al menos ${number}`;
}

/** A length in years as the seed writes sentences: "10 años y 7 meses" / "10 years and 7 months". */
export function yearsAndMonths(years: number, language: Language): string {
  const totalMonths = Math.round(years * 12);
  const whole = Math.floor(totalMonths / 12);
  const months = totalMonths % 12;
  const en = language === 'en';
  const yearWords = en ? (whole === 1 ? 'year' : 'years') : whole === 1 ? 'año' : 'años';
  const monthWords = en ? (months === 1 ? 'month' : 'months') : months === 1 ? 'mes' : 'meses';
  if (months === 0) return `${whole} ${yearWords}`;
  if (whole === 0) return `${months} ${monthWords}`;
  return `${whole} ${yearWords} ${en ? 'and' : 'y'} ${months} ${monthWords}`;
}

/** "a, b y c" / "a, b and c". */
export function listOf(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'y'} ${last}`;
}
