import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { jurisdictionDecision } from '../../modules/jurisdiction/contract.ts';

const puebla = {
  state: 'PUE',
  transnational: false,
  organizedCrime: false,
  federalTerritory: false,
  officialInvolved: false,
  suspectCount: 2,
  forms: ['sexual_exploitation'],
};

describe('enlace route', { timeout: 30_000 }, () => {
  it('decides a domestic case for the state prosecutor', async () => {
    const { code, stdout } = await runCli(['route'], { input: JSON.stringify(puebla) });
    expect(code).toBe(0);
    const decision = jurisdictionDecision.parse(JSON.parse(stdout));
    expect(decision).toMatchObject({
      decision: 'state',
      authority: 'STATE_PROSECUTOR',
      state: 'PUE',
      missing: [],
    });
  });

  it('sends a case against an official to FEVIMTRA and an unknown one to undetermined', async () => {
    const official = await runCli(['route'], {
      input: JSON.stringify({ ...puebla, officialInvolved: true, suspectCount: 1 }),
    });
    expect(JSON.parse(official.stdout)).toMatchObject({ decision: 'federal', authority: 'FEVIMTRA' });
    const unknown = await runCli(['route'], { input: JSON.stringify({ ...puebla, transnational: null }) });
    expect(JSON.parse(unknown.stdout)).toMatchObject({
      decision: 'undetermined',
      missing: ['transnational'],
    });
  });

  it('rejects a state code that is not Mexican with exit code 2, in Spanish', async () => {
    const { code, stderr } = await runCli(['route'], {
      input: JSON.stringify({ ...puebla, state: 'MX-PUE' }),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('los hechos de competencia no son válidos: state: valor no permitido');
  });

  it('rejects a file it cannot read with exit code 2, in English when asked', async () => {
    const { code, stderr } = await runCli(['route', '--file', '/nonexistent/facts.json'], {
      env: { ENLACE_LANG: 'en' },
    });
    expect(code).toBe(2);
    expect(stderr).toContain('could not read the file /nonexistent/facts.json (ENOENT)');
  });
});
