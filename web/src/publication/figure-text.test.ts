import { describe, expect, it } from 'vitest';
import { figureText } from './figure-text.ts';

const texts = {
  suppressed: 'Reservado',
  noData: 'Sin datos',
  atLeast: (value: string) => `al menos ${value}`,
  approximate: (value: string) => `≈ ${value}`,
};

describe('figureText', () => {
  it.each([
    { figure: { value: 25, suppressed: false, noisy: false, atLeast: false }, expected: '25' },
    { figure: { value: null, suppressed: true, noisy: false, atLeast: true }, expected: 'Reservado' },
    { figure: { value: null, suppressed: false, noisy: false, atLeast: false }, expected: 'Sin datos' },
    { figure: { value: 0, suppressed: false, noisy: false, atLeast: false }, expected: '0' },
    { figure: { value: 31, suppressed: false, noisy: true, atLeast: false }, expected: '≈ 31' },
    { figure: { value: 25, suppressed: false, noisy: true, atLeast: true }, expected: 'al menos ≈ 25' },
  ])('shows $figure as $expected', ({ figure, expected }) => {
    expect(figureText(figure, texts)).toBe(expected);
  });
});
