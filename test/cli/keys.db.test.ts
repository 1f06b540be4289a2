import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServeProcess, stopServeProcess } from '../support/cli.ts';
import { client } from '../support/test-app.ts';
import { totpCode } from '../support/totp.ts';

const PASSWORD = 'contraseña de prueba larga';
let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-keys-'));
  env = { ENLACE_DATA_DIR: dataDir, ENLACE_PORT: '0' };
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const stop = stopServeProcess;

describe('enlace keys', () => {
  it('rotates the key ring, keeps every record readable, and retires the old key only once unused', async () => {
    await runCli(['demo', 'load'], { env });
    const prosecutorCreated = await runCli(
      [
        'user',
        'create',
        '-u',
        'fiscal.rotacion',
        '-n',
        'Fiscal',
        '-a',
        'FGE-PUE',
        '-r',
        'prosecutor',
        '--password-stdin',
      ],
      { env, input: PASSWORD },
    );
    expect(prosecutorCreated.code).toBe(0);

    let server = await startServeProcess([], env);
    const session = client(server.baseUrl);
    // A prosecutor enrols a second factor at first sign-in: its secret is one more encrypted value.
    expect(
      (await session.call('POST', '/api/v1/session', { username: 'fiscal.rotacion', password: PASSWORD }))
        .status,
    ).toBe(202);
    const { manualKey } = (await session.call('POST', '/api/v1/session/mfa/enrolment')).body;
    const enrolled = await session.call('POST', '/api/v1/session/mfa/enrolment/confirmation', {
      code: await totpCode(manualKey),
    });
    expect(enrolled.status).toBe(200);
    const caseId = (await session.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
    const personId = (
      await session.call('POST', `/api/v1/cases/${caseId}/people`, {
        role: 'survivor',
        identity: { givenNames: 'Rotación Sintética', curp: 'ROSI900101MPLXXX09' },
        documents: [{ kind: 'passport', issuingCountry: 'GT', number: 'RS-9001', expiresOn: '2031-01-31' }],
        contacts: [{ phone: '2225550100' }, { email: 'rotacion@example.org' }],
      })
    ).body.id;

    const whileServing = await runCli(['keys', 'rotate'], { env });
    expect(whileServing.code).toBe(1);
    expect(whileServing.stderr).toContain('deténgalo antes de rotar');
    await stop(server);

    // The demo cases, this survivor (identity, passport, two contact points) and the prosecutor's
    // second-factor secret: every encrypted value.
    const before = await runCli(['keys', 'status'], { env });
    const values = Number(/k1 {2}activa {2}(\d+) datos/.exec(before.stdout)?.[1]);
    expect(values).toBeGreaterThanOrEqual(7);
    const rotated = await runCli(['keys', 'rotate'], { env });
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toContain(`${values} datos cifrados de nuevo con la clave k2`);
    const status = await runCli(['keys', 'status'], { env });
    expect(status.stdout).toMatch(/k1 {2}vigente {2}0 datos/);
    expect(status.stdout).toContain(`k2  activa  ${values} datos`);
    expect((await runCli(['keys', 'retire', 'k2'], { env })).stderr).toContain('la clave k2 es la activa');
    expect((await runCli(['keys', 'retire', 'k1'], { env })).code).toBe(0);

    server = await startServeProcess([], env);
    try {
      const again = client(server.baseUrl);
      await again.call('POST', '/api/v1/session', { username: 'fiscal.rotacion', password: PASSWORD });
      // The TOTP secret, re-encrypted under k2, still checks codes once k1 is gone.
      const code = await totpCode(manualKey, 1);
      expect((await again.call('POST', '/api/v1/session/mfa', { code })).status).toBe(200);
      const shown = await again.call('POST', `/api/v1/cases/${caseId}/people/${personId}/reveal`, {
        reason: 'Verificación posterior a la rotación',
      });
      expect(shown.status).toBe(200);
      expect(shown.body.identity).toMatchObject({
        givenNames: 'Rotación Sintética',
        curp: 'ROSI900101MPLXXX09',
      });
      expect(shown.body.documents).toEqual([
        { kind: 'passport', issuingCountry: 'GT', number: 'RS-9001', expiresOn: '2031-01-31' },
      ]);
      expect(shown.body.contacts).toEqual([{ phone: '2225550100' }, { email: 'rotacion@example.org' }]);
      const found = await again.call('POST', '/api/v1/people/search', { curp: 'ROSI900101MPLXXX09' });
      expect(found.body.items).toEqual([expect.objectContaining({ personId, caseId })]);
      const byPassport = await again.call('POST', '/api/v1/people/search', { passport: 'rs 9001' });
      expect(byPassport.body.items).toEqual([expect.objectContaining({ personId, caseId })]);
    } finally {
      await stop(server);
    }
  });
});
