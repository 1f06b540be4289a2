import { describe, expect, it } from 'vitest';
import { spanishPhoneticKey } from './phonetic.ts';
import { foldText } from './text.ts';

const key = (name: string) => spanishPhoneticKey(foldText(name));

describe('spanishPhoneticKey', () => {
  it.each([
    ['b and v', 'Valdez', 'Baldez'],
    ['b and v inside', 'Cervantes', 'Cerbantes'],
    ['s and z', 'Sánchez', 'Sanches'],
    ['z and s at the start', 'Zamora', 'Samora'],
    ['c before e/i and s', 'Cecilia', 'Sesilia'],
    ['ll and y', 'Castillo', 'Castiyo'],
    ['silent h at the start', 'Hernández', 'Ernández'],
    ['silent h inside', 'Rahel', 'Rael'],
    ['x and j', 'Ximena', 'Jimena'],
    ['x and j in Xavier', 'Xavier', 'Javier'],
    ['g before e/i and j', 'Gerardo', 'Jerardo'],
    ['g before i and j', 'Gisela', 'Jisela'],
    ['qu and k', 'Quintero', 'Kintero'],
    ['c before a/o/u and k', 'Carlos', 'Karlos'],
    ['gu before a and w', 'Guadalupe', 'Wadalupe'],
    ['gu before e is a hard g, as in Ghetto', 'Guerrero', 'Gherrero'],
    ['ph and f', 'Raphael', 'Rafael'],
    ['double r', 'Barrera', 'Barera'],
    ['doubled letters by a typing slip', 'Guuadalupe', 'Guadalupe'],
    ['y as a vowel', 'Ybarra', 'Ibarra'],
    ['final y', 'Eloy', 'Eloi'],
    ['n before b', 'Anbrosio', 'Ambrosio'],
    ['tz and s', 'Ortitz', 'Ortiz'],
    ['ñ and n', 'Muñoz', 'Munoz'],
    ['w and u', 'Walter', 'Ualter'],
  ])('%s: %s sounds like %s', (_, a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it.each([
    ['different vowels', 'Mora', 'Mara'],
    ['ch is not k', 'Chávez', 'Kávez'],
    ['ll is not l', 'Villa', 'Vila'],
    ['g before a stays hard', 'Gómez', 'Jómez'],
    ['gu before e is hard, g before e soft', 'Guerrero', 'Gerrero'],
    ['different names', 'López', 'Pérez'],
  ])('%s: %s does not sound like %s', (_, a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it('is not Soundex: it keeps vowels and has no length limit', () => {
    expect(key('Hernández')).toBe('ernandes');
    expect(key('Ramírez Quintanilla')).toBe('ramires kintaniya');
  });
});
