import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { screeningResult } from '../../modules/screening/contract.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'enlace-screen-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const childLookout = { age: 15, acts: ['recruitment'], means: ['threat'], purposes: ['forced_criminality'] };

describe('enlace screen', { timeout: 30_000 }, () => {
  it('classifies facts read from stdin and prints the result as JSON', async () => {
    const { code, stdout } = await runCli(['screen'], { input: JSON.stringify(childLookout) });
    expect(code).toBe(0);
    const result = screeningResult.parse(JSON.parse(stdout));
    expect(result).toMatchObject({
      result: 'trafficking_indicated',
      child: true,
      forms: ['forced_criminality'],
    });
    expect(result.reasons.map((reason) => reason.rule)).toContain('child_forced_criminality');
  });

  it('reads the facts from --file', async () => {
    const file = path.join(workDir, 'facts.json');
    writeFileSync(
      file,
      JSON.stringify({
        age: 29,
        acts: ['transportation'],
        means: [],
        purposes: [],
        smuggling: { paidToCrossBorder: true, freeToLeaveOnArrival: true },
      }),
    );
    const { code, stdout } = await runCli(['screen', '--file', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).result).toBe('smuggling_indicated');
  });

  it('rejects invalid facts with exit code 2, naming the field, in Spanish by default', async () => {
    const { code, stdout, stderr } = await runCli(['screen'], {
      input: JSON.stringify({ age: 'quince', consent: true }),
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('los hechos de tamizaje no son válidos');
    expect(stderr).toContain('age: se esperaba un número');
    expect(stderr).toContain('consent');
  });

  it('rejects malformed JSON with exit code 2, in English when asked', async () => {
    const { code, stderr } = await runCli(['screen'], { input: '{"age": 15,', env: { ENLACE_LANG: 'en' } });
    expect(code).toBe(2);
    expect(stderr).toContain('the screening facts are not valid JSON');
  });

  it('rejects an unknown purpose, listing the ones allowed', async () => {
    const { code, stderr } = await runCli(['screen'], {
      input: JSON.stringify({ purposes: ['prostitution'] }),
      env: { ENLACE_LANG: 'en' },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/purposes\.0: value not allowed; use one of: sexual_exploitation/);
  });
});
