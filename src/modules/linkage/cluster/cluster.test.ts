import { describe, expect, it } from 'vitest';
import { averageLinkage } from './average-linkage.ts';
import { type ClusterInput, clusterRecords } from './cluster-records.ts';

/** A full symmetric matrix from the weights of the pairs given; others get `rest`. */
function matrix(k: number, weights: Record<string, number>, rest = -30): Float64Array {
  const values = new Float64Array(k * k).fill(rest);
  for (const [pair, weight] of Object.entries(weights)) {
    const [a, b] = pair.split('-').map(Number) as [number, number];
    values[a * k + b] = weight;
    values[b * k + a] = weight;
  }
  return values;
}

function input(recordCount: number, pairs: [number, number, number][], rest = -30): ClusterInput {
  return {
    recordCount,
    left: Int32Array.from(pairs, ([i]) => i),
    right: Int32Array.from(pairs, ([, j]) => j),
    weights: Float32Array.from(pairs, ([, , w]) => w),
    pairCount: pairs.length,
    thresholdWeight: 0,
    weightOf: () => rest,
    maxGroupSize: 200,
  };
}

describe('averageLinkage', () => {
  it('does not chain two different people through one record that resembles both', () => {
    // 1 resembles 0 and 2 strongly, but 0 and 2 are clearly different people.
    const groups = averageLinkage(matrix(3, { '0-1': 20, '1-2': 18, '0-2': -40 }), 3, 0);
    expect(groups[0]).toBe(groups[1]);
    expect(groups[2]).not.toBe(groups[0]);
  });

  it('keeps a group whose members all agree', () => {
    const groups = averageLinkage(matrix(3, { '0-1': 20, '1-2': 18, '0-2': 5 }), 3, 0);
    expect(new Set(groups).size).toBe(1);
  });

  it('lets a partial record join when it fits the group as a whole', () => {
    // 3 has little information: weakly negative with 0, strongly positive with 1 and 2.
    const groups = averageLinkage(
      matrix(4, { '0-1': 25, '0-2': 25, '1-2': 25, '0-3': -4, '1-3': 12, '2-3': 12 }),
      4,
      0,
    );
    expect(new Set(groups).size).toBe(1);
  });
});

describe('clusterRecords', () => {
  it('clusters connected components above the threshold and splits chains', () => {
    const clustering = clusterRecords(
      input(6, [
        [0, 1, 20],
        [1, 2, 18],
        [0, 2, -40],
        [3, 4, 10],
        [4, 5, -2],
      ]),
    );
    const [a, b, c, d, e, f] = clustering.clusterOf;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(d).toBe(e);
    expect(f).not.toBe(d);
    expect(new Set(clustering.clusterOf).size).toBe(4);
  });

  it('numbers clusters in record order and reports each record’s strongest link', () => {
    const clustering = clusterRecords(input(4, [[1, 3, 7]]));
    expect(Array.from(clustering.clusterOf)).toEqual([0, 1, 2, 1]);
    expect(clustering.strongestLink[1]).toBeCloseTo(7);
    expect(Number.isNaN(clustering.strongestLink[0]!)).toBe(true);
  });

  it('cuts components larger than the limit at higher thresholds first', () => {
    // A chain of 6 records, each link just above the threshold except one weak bridge.
    const pairs: [number, number, number][] = [
      [0, 1, 9],
      [1, 2, 9],
      [2, 3, 1],
      [3, 4, 9],
      [4, 5, 9],
    ];
    const clustering = clusterRecords({ ...input(6, pairs, 9), maxGroupSize: 3 });
    expect(clustering.clusterOf[0]).toBe(clustering.clusterOf[2]);
    expect(clustering.clusterOf[3]).toBe(clustering.clusterOf[5]);
    expect(clustering.clusterOf[2]).not.toBe(clustering.clusterOf[3]);
  });
});
