import { describe, expect, it } from 'vitest';
import { languageFromAcceptHeader, languageFromEnvironment } from './languages.ts';

describe('languageFromAcceptHeader', () => {
  it.each([
    [undefined, 'es-MX'],
    ['', 'es-MX'],
    ['es-MX', 'es-MX'],
    ['es', 'es-MX'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'es-MX'],
    ['fr;q=1, en;q=0.5', 'en'],
    ['en;q=0.2, es;q=0.8', 'es-MX'],
    ['*', 'es-MX'],
  ])('%j → %s', (header, expected) => {
    expect(languageFromAcceptHeader(header)).toBe(expected);
  });
});

describe('languageFromEnvironment', () => {
  it.each([
    [{}, 'es-MX'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'es_MX.UTF-8' }, 'es-MX'],
    [{ LANG: 'C.UTF-8' }, 'es-MX'],
    [{ LANG: 'en_US.UTF-8', ENLACE_LANG: 'es-MX' }, 'es-MX'],
    [{ ENLACE_LANG: 'en' }, 'en'],
  ])('%j → %s', (env, expected) => {
    expect(languageFromEnvironment(env)).toBe(expected);
  });
});
