import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

/** The option's refusals; the data set itself is loaded in test/statistics/mexico-2012.db.test.ts. */
let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-demo-dataset-'));
  env = { ENLACE_DATA_DIR: dataDir };
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('enlace demo load --dataset', () => {
  it('refuses an unknown data set, naming the known ones, before opening any database', async () => {
    const bad = await runCli(['demo', 'load', '--dataset', 'mexico-2013'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Conjunto de datos desconocido: mexico-2013; disponibles: mexico-2012.');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses a calibrated data set beside scaled records, in English too', async () => {
    const mixed = await runCli(['demo', 'load', '--dataset', 'mexico-2012', '--scale', '10'], {
      env: { ...env, ENLACE_LANG: 'en' },
    });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('--dataset mexico-2012 cannot be combined with --scale');
    expect(await readdir(dataDir)).toEqual([]);
  });
});
