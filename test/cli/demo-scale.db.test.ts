import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-demo-scale-'));
  env = { ENLACE_DATA_DIR: dataDir };
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('enlace demo load --scale', () => {
  it('imports synthetic records across institutions, encrypted, and adds nothing when run again', async () => {
    const first = await runCli(['demo', 'load', '--scale', '200', '--seed', '3'], { env });
    expect(first.stderr).not.toContain('Error');
    expect(first.code).toBe(0);
    const loaded = /(\d+) casos y (\d+) personas nuevas en (\d+) instituciones, con (\d+) registros/.exec(
      first.stdout,
    );
    expect(loaded).not.toBeNull();
    expect(Number(loaded![2])).toBeGreaterThanOrEqual(200);
    expect(Number(loaded![3])).toBeGreaterThan(8);
    expect(Number(loaded![4])).toBeGreaterThan(200);
    const again = await runCli(['demo', 'load', '--scale', '200', '--seed', '3'], { env });
    expect(again.stdout).toContain('0 casos y 0 personas nuevas');
    expect(again.stdout).toContain('con 0 registros');
  }, 240_000);

  it('refuses a scale that is not a whole number within bounds', async () => {
    const bad = await runCli(['demo', 'load', '--scale', 'mucho'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--scale debe ser un número entero');
    expect((await runCli(['demo', 'load', '--scale', '9999999999'], { env })).code).toBe(2);
  });
});
