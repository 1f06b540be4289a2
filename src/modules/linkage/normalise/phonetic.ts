/**
 * A phonetic key for Spanish as spoken in Mexico and Central America (seseo, yeísmo, silent h), so
 * that spellings a clerk may hear the same way get the same key. English keys such as Soundex or
 * Metaphone encode English sounds and drop the vowels that distinguish Spanish names. Works on folded
 * text (lower case, no accents); upper-case letters in the key stand for sounds with no letter of
 * their own.
 */
export type PhoneticRule = { name: string; pattern: RegExp; replacement: string };

export const SPANISH_PHONETIC_RULES: readonly PhoneticRule[] = [
  {
    name: 'doubled letters sound single (but ll is its own sound)',
    pattern: /([^l])\1+/g,
    replacement: '$1',
  },
  { name: 'ph sounds f', pattern: /ph/g, replacement: 'f' },
  { name: 'ch is one sound', pattern: /ch/g, replacement: 'C' },
  { name: 'll and y sound alike (yeísmo)', pattern: /ll/g, replacement: 'y' },
  { name: 'qu before e/i is k', pattern: /qu(?=[ei])/g, replacement: 'k' },
  { name: 'gu before e/i is a hard g', pattern: /gu(?=[ei])/g, replacement: 'G' },
  { name: 'gu before a/o sounds w', pattern: /gu(?=[ao])/g, replacement: 'u' },
  { name: 'g before e/i sounds j', pattern: /g(?=[ei])/g, replacement: 'j' },
  { name: 'other g is hard', pattern: /g/g, replacement: 'G' },
  { name: 'c before e/i sounds s (seseo)', pattern: /c(?=[ei])/g, replacement: 's' },
  { name: 'other c is k', pattern: /c/g, replacement: 'k' },
  { name: 'q is k', pattern: /q/g, replacement: 'k' },
  { name: 'tz sounds s', pattern: /tz/g, replacement: 's' },
  { name: 'z sounds s (seseo)', pattern: /z/g, replacement: 's' },
  { name: 'x before a vowel sounds j (Ximena, Xavier)', pattern: /x(?=[aeiou])/g, replacement: 'j' },
  { name: 'other x sounds s', pattern: /x/g, replacement: 's' },
  { name: 'h is silent', pattern: /h/g, replacement: '' },
  { name: 'b and v sound alike', pattern: /v/g, replacement: 'b' },
  { name: 'w sounds u', pattern: /w/g, replacement: 'u' },
  { name: 'y not before a vowel is i', pattern: /y(?![aeiou])/g, replacement: 'i' },
  { name: 'n before b/p sounds m', pattern: /n(?=[bp])/g, replacement: 'm' },
  { name: 'doubled letters sound single', pattern: /(.)\1+/g, replacement: '$1' },
];

export function spanishPhoneticKey(folded: string): string {
  let key = folded;
  for (const rule of SPANISH_PHONETIC_RULES) key = key.replace(rule.pattern, rule.replacement);
  return key;
}
