import { describe, expect, it } from 'vitest';
import { withoutParticles } from './particles.ts';
import { splitSurnames } from './surnames.ts';

describe('splitSurnames', () => {
  it.each([
    ['two fields', ['García', 'López'], { paternal: 'garcia', maternal: 'lopez' }],
    ['both in the first field', ['García López', ''], { paternal: 'garcia', maternal: 'lopez' }],
    ['joined with y', ['García y López', ''], { paternal: 'garcia', maternal: 'lopez' }],
    ['particles dropped', ['de la Cruz', 'del Ángel'], { paternal: 'cruz', maternal: 'angel' }],
    [
      'particle surname with another in one field',
      ['De los Santos Pérez', ''],
      { paternal: 'santos', maternal: 'perez' },
    ],
    ['only the paternal one', ['Hernández', ''], { paternal: 'hernandez', maternal: null }],
    ['alone in the second field moves to the first', ['', 'Luna'], { paternal: 'luna', maternal: null }],
    ['nothing', ['', ''], { paternal: null, maternal: null }],
    ['accents and case', ['MARTÍNEZ', 'núñez'], { paternal: 'martinez', maternal: 'nunez' }],
  ] as const)('%s', (_, [first, second], expected) => {
    expect(splitSurnames(first, second)).toEqual(expected);
  });
});

describe('withoutParticles', () => {
  it('drops de, del, la, las, los and y, keeping the names', () => {
    expect(withoutParticles(['maria', 'de', 'los', 'angeles', 'y', 'del', 'la', 'las', 'cruz'])).toEqual([
      'maria',
      'angeles',
      'cruz',
    ]);
  });
});
