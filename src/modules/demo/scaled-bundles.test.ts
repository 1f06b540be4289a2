import { describe, expect, test } from 'vitest';
import { translatorFor } from '../../platform/i18n/translate.ts';
import { readBundle } from '../exchange/read-bundle.ts';
import { RECORD_LINE_TYPES } from '../exchange/record-lines.ts';
import { EXPLOITATION_FORMS } from '../exploitation/forms.ts';
import { scaledBundles } from './scaled-bundles.ts';

const textOf = (bundle: ReturnType<typeof scaledBundles>[number]) =>
  [{ type: 'enlace-bundle', version: 1 }, ...bundle.cases, ...bundle.people, ...bundle.records]
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

  test('hold every kind of case record, every form of exploitation and a realistic legal track', () => {
    const records = bundles.flatMap((bundle) => bundle.records);
    const types = new Set(records.map((record) => record.type));
    expect([...types].sort()).toEqual([...RECORD_LINE_TYPES].sort());
    const forms = new Set(
      records.flatMap((record) => (record.type === 'exploitation' ? (record.forms as string[]) : [])),
    );
    expect([...forms].sort()).toEqual([...EXPLOITATION_FORMS].sort());
    const count = (type: string, match: Record<string, unknown> = {}) =>
      records.filter(
        (record) =>
          record.type === type && Object.entries(match).every(([field, value]) => record[field] === value),
      ).length;
    expect(count('exploitation', {})).toBe(3000);
    expect(count('verdict', { outcome: 'conviction' })).toBeGreaterThan(
      count('verdict', { outcome: 'acquittal' }),
    );
    expect(count('verdict', { outcome: 'acquittal' })).toBeGreaterThan(0);
    expect(count('charge')).toBeLessThan(count('legalProceeding'));
    expect(count('suspectRole', { publicOfficial: true })).toBeGreaterThan(0);
    expect(count('suspectRole', { organisedCrime: true })).toBeGreaterThan(0);
    expect(count('protectionMeasure', { kind: 'repatriation', status: 'completed' })).toBeGreaterThan(0);
    for (const kind of ['immigration_relief', 'witness_protection', 'compensation'])
      expect(count('protectionMeasure', { kind })).toBeGreaterThan(0);
    const relief = records.filter((record) => record.kind === 'immigration_relief');
    const people = new Map(bundles.flatMap((bundle) => bundle.people).map((person) => [person.id, person]));
    expect(new Set(relief.map((record) => people.get(record.person as string)?.nationality))).toEqual(
      new Set(['GT', 'HN', 'SV', 'NI']),
    );
  });

  test('open cases in the first years of the 2012 law and in recent years', () => {
    const years = bundles.flatMap((bundle) =>
      bundle.cases.map((record) => Number(record.openedOn.slice(0, 4))),
    );
    const early = years.filter((year) => year >= 2011 && year <= 2013).length;
    expect(early / years.length).toBeGreaterThan(0.3);
    expect(years.filter((year) => year >= 2020).length / years.length).toBeGreaterThan(0.2);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
  });

  test('are the same for the same seed and differ for another', () => {
    expect(JSON.stringify(scaledBundles(300, 7))).toBe(JSON.stringify(scaledBundles(300, 7)));
    expect(JSON.stringify(scaledBundles(300, 8))).not.toBe(JSON.stringify(scaledBundles(300, 7)));
  });
});
