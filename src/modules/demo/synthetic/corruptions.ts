import { NICKNAMES_OF } from './name-pools.ts';
import type { Random } from './random-tools.ts';

/** The ways clerks and systems alter names, dates and numbers; each takes a value and returns it altered. */

export function withoutAccents(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** UTF-8 read back as Latin-1: "Muñoz" becomes "MuÃ±oz". */
export function mojibake(value: string): string {
  return Buffer.from(value, 'utf8').toString('latin1');
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'qswz',
  b: 'vghn',
  c: 'xdfv',
  d: 'serfcx',
  e: 'wsdr',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  i: 'ujko',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  m: 'njk',
  n: 'bhjm',
  o: 'iklp',
  p: 'ol',
  q: 'wa',
  r: 'edft',
  s: 'awedxz',
  t: 'rfgy',
  u: 'yhji',
  v: 'cfgb',
  w: 'qase',
  x: 'zsdc',
  y: 'tghu',
  z: 'asx',
};

/** One keyboard slip: a neighbouring key, a letter lost, a letter doubled, or two letters exchanged. */
export function typo(value: string, random: Random): string {
  if (value.length < 3) return value;
  const at = 1 + random.int(value.length - 2);
  const letter = value[at]!;
  switch (random.int(4)) {
    case 0: {
      const neighbours = KEYBOARD_NEIGHBOURS[letter.toLowerCase()];
      return neighbours ? value.slice(0, at) + random.pick([...neighbours]) + value.slice(at + 1) : value;
    }
    case 1:
      return value.slice(0, at) + value.slice(at + 1);
    case 2:
      return value.slice(0, at) + letter + value.slice(at);
    default:
      return value.slice(0, at - 1) + letter + value[at - 1] + value.slice(at + 1);
  }
}

/** Spellings that sound the same in Mexican and Central American Spanish. */
const PHONETIC_CONFUSIONS: [RegExp, string][] = [
  [/v/, 'b'],
  [/b/, 'v'],
  [/z/, 's'],
  [/s(?=[aeiou])/, 'z'],
  [/c(?=[eiéí])/, 's'],
  [/ll/, 'y'],
  [/y(?=[aeiou])/, 'll'],
  [/^H/, ''],
  [/^([AEIOU])/, 'H$1'],
  [/^X/, 'J'],
  [/^J/, 'X'],
  [/g(?=[eiéí])/, 'j'],
  [/j(?=[eiéí])/, 'g'],
  [/qu(?=[eiéí])/, 'k'],
  [/ñ/, 'n'],
  [/rr/, 'r'],
];

export function phoneticMisspelling(value: string, random: Random): string {
  const applicable = PHONETIC_CONFUSIONS.filter(([pattern]) => pattern.test(value));
  if (applicable.length === 0) return value;
  const [pattern, replacement] = random.pick(applicable);
  return value.replace(pattern, replacement);
}

/** A person recorded by nickname alone: "María Guadalupe" as "Lupe". */
export function nickname(given: string, random: Random): string {
  const nicknames = given.split(' ').flatMap((word) => NICKNAMES_OF[word] ?? []);
  return nicknames.length > 0 ? random.pick(nicknames) : given;
}

/** "María Guadalupe" recorded as "Guadalupe", "José Luis" as "Luis" or "José". */
export function dropCompoundPart(given: string, random: Random): string {
  const words = given.split(' ').filter((word) => !/^(de|del|la|los)$/.test(word));
  if (words.length < 2) return given;
  return /^(María|José|Juan)$/.test(words[0]!) || random.chance(0.7) ? words.slice(1).join(' ') : words[0]!;
}

export function abbreviateMaria(given: string, random: Random): string {
  return given.replace(/^María /, random.pick(['Ma. ', 'Mª ', 'Ma ', 'MA. ']));
}

export function dropParticles(surname: string): string {
  return surname.replace(/^(de la|de los|del|de) /i, '');
}
