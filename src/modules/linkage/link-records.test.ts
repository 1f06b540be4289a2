import { describe, expect, it } from 'vitest';
import { explainPair } from './explain.ts';
import { clusterLinkage, trainLinkage } from './link-records.ts';
import { prepareRecords } from './prepare.ts';
import type { LinkageRecord } from './record.ts';
import { testRecord } from './test-records.ts';

const GIVEN = [
  'Ana',
  'Rosa',
  'Itzel',
  'Xóchitl',
  'Jimena',
  'Valeria',
  'Luis',
  'Omar',
  'Rubén',
  'Efraín',
  'Lucía',
  'Elvira',
];
const SURNAMES = [
  'Hernández',
  'García',
  'Tzul',
  'Balam',
  'Quintero',
  'Zavala',
  'Villegas',
  'Orozco',
  'Xol',
  'Cetina',
  'Nava',
  'Ibarra',
];

/** 96 people, each recorded by two or three agencies with the usual variations. */
function agencyRecords(): { records: LinkageRecord[]; person: number[] } {
  const records: LinkageRecord[] = [];
  const person: number[] = [];
  for (let p = 0; p < 96; p++) {
    const given = GIVEN[p % GIVEN.length]!;
    const paternal = SURNAMES[Math.floor(p / GIVEN.length)]!;
    const maternal = SURNAMES[(p * 7 + 3) % SURNAMES.length]!;
    const month = 1 + ((p * 5) % 12);
    const day = 1 + ((p * 11) % 28);
    const birth = `${1970 + ((p * 13) % 40)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const sex = p % 12 < 6 ? 'F' : 'M';
    const views = [
      { given, surname1: paternal, surname2: maternal, birth, sex },
      {
        given: given.toUpperCase(),
        surname1: `${paternal} ${maternal}`,
        birth: birth.slice(0, p % 3 === 0 ? 4 : 10),
        sex,
      },
      { given, surname1: maternal, surname2: paternal.normalize('NFD').replace(/\p{M}/gu, ''), birth },
    ] as const;
    views.slice(0, 2 + (p % 2)).forEach((view, v) => {
      records.push(testRecord(`p${p}-v${v}`, { ...view, source: `agency-${v}` }));
      person.push(p);
    });
  }
  return { records, person };
}

describe('trainLinkage', () => {
  const { records, person } = agencyRecords();
  const trained = trainLinkage(records, { extras: [], blockingRules: [] }, { seed: 7 });

  it('explains every match weight as the prior plus the evidence of each comparison', () => {
    for (let pair = 0; pair < trained.pairs.size; pair += 17) {
      const explanation = explainPair(trained, trained.pairs.left[pair]!, trained.pairs.right[pair]!);
      const sum = explanation.lines.reduce(
        (total, line) => total + line.weight + (line.termFrequency?.weight ?? 0),
        explanation.priorWeight,
      );
      expect(sum).toBeCloseTo(explanation.matchWeight, 9);
      expect(explanation.matchWeight).toBeCloseTo(trained.pairWeights[pair]!, 3);
    }
  });

  it('reads swapped surnames in the order that agrees', () => {
    const first = records.findIndex((record) => record.id === 'p1-v0');
    const third = records.findIndex((record) => record.id === 'p1-v2');
    const explanation = explainPair(trained, first, third);
    expect(explanation.nameOrientation).toBe('surnamesSwapped');
    expect(explanation.lines.find((line) => line.comparison === 'surname_1')?.level).toEqual({
      kind: 'exact',
    });
  });

  it('finds every person', () => {
    const { clusterOf } = clusterLinkage(trained, 0.5, 0.1);
    const clustersOfPerson = new Map<number, Set<number>>();
    person.forEach((p, i) => {
      clustersOfPerson.set(p, (clustersOfPerson.get(p) ?? new Set()).add(clusterOf[i]!));
    });
    expect([...clustersOfPerson.values()].every((clusters) => clusters.size === 1)).toBe(true);
    expect(new Set(clusterOf).size).toBe(96);
  });

  it('runs every training session to convergence', () => {
    expect(trained.sessions.map((session) => session.converged)).toEqual([true, true]);
  });
});

describe('prepareRecords', () => {
  it('takes birth date and sex from a CURP whose check digit agrees', () => {
    const [withCurp, mistyped] = prepareRecords([
      testRecord('a', { given: 'Gabriela', curp: 'HEGG560427MVZRRL04' }),
      testRecord('b', { given: 'Gabriela', curp: 'HEGG560427MVZRRL05' }),
    ]);
    expect(withCurp).toMatchObject({ sex: 'F', birthDate: { year: 1956, month: 4, day: 27 } });
    expect(mistyped).toMatchObject({ sex: null, birthDate: null, curp: 'HEGG560427MVZRRL05' });
  });

  it('completes a partial birth date the CURP agrees with, and keeps one it contradicts', () => {
    const [partial, contradicting] = prepareRecords([
      testRecord('a', { birth: '1956-04', curp: 'HEGG560427MVZRRL04' }),
      testRecord('b', { birth: '1957', curp: 'HEGG560427MVZRRL04' }),
    ]);
    expect(partial!.birthDate).toMatchObject({ year: 1956, month: 4, day: 27 });
    expect(contradicting!.birthDate).toMatchObject({ year: 1957, month: null });
  });
});
