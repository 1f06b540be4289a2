import { describe, expect, it } from 'vitest';
import { distinctiveGivenNames, normaliseGivenNames } from './given-names.ts';
import { givenNameReadings } from './nicknames.ts';

describe('normaliseGivenNames', () => {
  it.each([
    ['compound name', 'María Guadalupe', ['maria', 'guadalupe']],
    ['Ma. for María', 'Ma. Guadalupe', ['maria', 'guadalupe']],
    ['Ma without dot', 'MA GUADALUPE', ['maria', 'guadalupe']],
    ['Mª for María', 'Mª Elena', ['maria', 'elena']],
    ['Gpe. for Guadalupe', 'Ma. Gpe.', ['maria', 'guadalupe']],
    ['particles inside the name', 'María de los Ángeles', ['maria', 'angeles']],
    ['José de Jesús', 'José de Jesús', ['jose', 'jesus']],
    ['empty', '  ', []],
  ])('%s', (_, input, tokens) => {
    expect(normaliseGivenNames(input).tokens).toEqual(tokens);
  });

  it('reads nicknames as the names they stand for', () => {
    expect(normaliseGivenNames('Lupita').readings).toEqual([['lupita', 'guadalupe']]);
  });

  it('keeps the distinctive part of a compound name', () => {
    expect(distinctiveGivenNames(normaliseGivenNames('María Guadalupe'))).toEqual([['guadalupe']]);
    expect(distinctiveGivenNames(normaliseGivenNames('José Luis'))).toEqual([['luis']]);
    expect(distinctiveGivenNames(normaliseGivenNames('María'))).toEqual([['maria']]);
  });
});

describe('givenNameReadings', () => {
  it.each([
    ['lupe', 'guadalupe'],
    ['pepe', 'jose'],
    ['paco', 'francisco'],
    ['pancho', 'francisco'],
    ['chucho', 'jesus'],
    ['chuy', 'jesus'],
    ['nacho', 'ignacio'],
    ['concha', 'concepcion'],
    ['lola', 'dolores'],
    ['beto', 'alberto'],
    ['beto', 'roberto'],
    ['beto', 'humberto'],
    ['lalo', 'eduardo'],
    ['chayo', 'rosario'],
    ['tono', 'antonio'],
    ['memo', 'guillermo'],
    ['quique', 'enrique'],
    ['poncho', 'alfonso'],
    ['checo', 'sergio'],
  ])('%s can be %s', (nickname, name) => {
    expect(givenNameReadings(nickname)).toContain(name);
  });

  it('reads an ordinary name as itself only', () => {
    expect(givenNameReadings('guadalupe')).toEqual(['guadalupe']);
  });
});
