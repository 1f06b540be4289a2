import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRecords } from '../../src/modules/demo/synthetic/generate.ts';
import { LINK_DEFAULTS } from '../../src/modules/linkage/defaults.ts';
import { parseInputMap } from '../../src/modules/linkage/io/input-map.ts';
import { linkFiles } from '../../src/modules/linkage/io/link-files.ts';
import { FEBRL_DIR } from './cases.ts';
import { accuracy } from './metrics.ts';
import { febrlPerson } from './truth.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'enlace-febrl-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('FEBRL dataset 1 (1,000 records, no social security number)', { timeout: 60_000 }, () => {
  it('is de-duplicated with pairwise F1 above 0.98', async () => {
    const map = parseInputMap(
      JSON.parse(readFileSync(path.join(import.meta.dirname, 'febrl-map.json'), 'utf8')),
    );
    const { trained, result } = await linkFiles({
      inputs: [path.join(FEBRL_DIR, 'dataset1.csv')],
      map,
      output: path.join(workDir, 'clusters.csv'),
      threshold: LINK_DEFAULTS.threshold,
      reviewFloor: LINK_DEFAULTS.reviewFloor,
    });
    const truth = trained.records.map((record) => febrlPerson(record.id));
    const scores = accuracy(result.clusterOf, truth);
    expect(scores.f1).toBeGreaterThan(0.98);
    expect(scores.precision).toBeGreaterThan(0.99);
  });
});

describe('synthetic agency records', () => {
  it('are the same for the same seed, with a person behind every record', () => {
    const first = generateRecords(500, 3);
    const again = generateRecords(500, 3);
    expect([...again.byAgency]).toEqual([...first.byAgency]);
    const rows = [...first.byAgency.values()].flat();
    expect(rows).toHaveLength(500);
    expect(rows.every((row) => first.personOf.has(row[0]!))).toBe(true);
    expect(new Set(first.personOf.values()).size).toBeLessThan(400);
  });
});

describe('accuracy', () => {
  it('counts pairs and B-cubed per record', () => {
    // Truth {0,1,2} {3}; prediction {0,1} {2,3}.
    const scores = accuracy([0, 0, 1, 1], [0, 0, 0, 1]);
    expect(scores.precision).toBeCloseTo(1 / 2);
    expect(scores.recall).toBeCloseTo(1 / 3);
    expect(scores.bcubedPrecision).toBeCloseTo((1 + 1 + 0.5 + 0.5) / 4);
    expect(scores.bcubedRecall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4);
    expect(scores.uniqueCountError).toBe(0);
  });
});
