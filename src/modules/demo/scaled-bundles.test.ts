import { describe, expect, test } from 'vitest';
import { translatorFor } from '../../platform/i18n/translate.ts';
import { readBundle } from '../exchange/read-bundle.ts';
import { scaledBundles } from './scaled-bundles.ts';

const textOf = (bundle: ReturnType<typeof scaledBundles>[number]) =>
  [{ type: 'enlace-bundle', version: 1 }, ...bundle.cases, ...bundle.people]
    .map((line) => JSON.stringify(line))
    .join('\n');

describe('scaled demo bundles', () => {
  const bundles = scaledBundles(3000, 7);

  test('hold the requested number of agency records, as survivors', () => {
    const survivors = bundles
      .flatMap((bundle) => bundle.people)
      .filter((person) => person.role === 'survivor');
    expect(survivors).toHaveLength(3000);
  });

  test('pass the importer’s validation line by line', () => {
    for (const bundle of bundles) expect(readBundle(textOf(bundle), translatorFor('en')).rejects).toEqual([]);
  });

  test('spread cases over federal units, migration, consulates, shelters and many state prosecutors', () => {
    const codes = bundles.map((bundle) => bundle.agencyCode);
    expect(codes).toEqual(expect.arrayContaining(['FEVIMTRA', 'INM', 'CONSUL-HOU', 'OSC-REFUGIO', 'CEAV']));
    expect(codes.filter((code) => code.startsWith('FGE-')).length).toBeGreaterThan(10);
  });

  test('include Central American survivors and every case status', () => {
    const people = bundles.flatMap((bundle) => bundle.people);
    for (const country of ['GT', 'HN', 'SV'])
      expect(people.some((person) => person.nationality === country)).toBe(true);
    const statuses = new Set(bundles.flatMap((bundle) => bundle.cases.map((record) => record.status)));
    expect(statuses.size).toBe(6);
  });

  test('are the same for the same seed and differ for another', () => {
    expect(JSON.stringify(scaledBundles(300, 7))).toBe(JSON.stringify(scaledBundles(300, 7)));
    expect(JSON.stringify(scaledBundles(300, 8))).not.toBe(JSON.stringify(scaledBundles(300, 7)));
  });
});
