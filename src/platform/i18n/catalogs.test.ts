import { describe, expect, it } from 'vitest';
import { catalogs, NAMESPACES } from './catalogs.ts';

const keysOf = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const leaf = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;

describe('message catalogs', () => {
  it.each(NAMESPACES)('%s has the same keys in Spanish and English', (namespace) => {
    expect(keysOf(catalogs.en[namespace]).sort()).toEqual(keysOf(catalogs['es-MX'][namespace]).sort());
  });

  it.each(NAMESPACES)('%s uses the same placeholders in both languages', (namespace) => {
    for (const key of keysOf(catalogs['es-MX'][namespace])) {
      const spanish = leaf(catalogs['es-MX'][namespace], key);
      const english = leaf(catalogs.en[namespace], key);
      expect(placeholders(english), `${namespace}:${key}`).toEqual(placeholders(spanish));
    }
  });

  it('never says "tráfico" for trafficking in persons', () => {
    const spanish = JSON.stringify(catalogs['es-MX']);
    const misuses = [...spanish.matchAll(/tráfico(?! de migrantes| ilícito de migrantes| de órganos)/gi)];
    expect(misuses).toEqual([]);
  });
});
