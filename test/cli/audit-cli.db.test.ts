import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/platform/audit/record-audit.ts';
import { SYSTEM_ACTOR, withActor } from '../../src/platform/db/with-actor.ts';
import { runCli } from '../support/cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let folder: string;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  folder = await mkdtemp(path.join(os.tmpdir(), 'enlace-audit-'));
  const { privateKey } = generateKeyPairSync('ed25519');
  env = {
    DATABASE_URL: database.ownerUrl,
    DATABASE_APP_URL: database.appUrl,
    ENLACE_AUDIT_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  for (let index = 0; index < 5; index++) {
    await withActor(database.db, SYSTEM_ACTOR, (trx) => recordAudit(trx, { action: 'case.read' }));
  }
});
afterAll(async () => {
  await database.close();
  await rm(folder, { recursive: true, force: true });
});

describe('enlace audit', () => {
  it('verifies an intact log, issues a checkpoint and verifies against it', async () => {
    const verified = await runCli(['audit', 'verify'], { env });
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('Entradas encadenadas: 5');
    expect(verified.stdout).toContain('La bitácora está íntegra.');
    const file = path.join(folder, 'checkpoint.json');
    const issued = await runCli(['audit', 'checkpoint', '--output', file], { env });
    expect(issued.code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      format: 'enlace-audit-checkpoint/1',
      position: '5',
    });
    const against = await runCli(['audit', 'verify', '--checkpoint', file], {
      env: { ...env, ENLACE_LANG: 'en' },
    });
    expect(against.code).toBe(0);
    expect(against.stdout).toContain('The checkpoint matches: the log has only grown since.');
  });

  it('exits 3 and says where when the chain was altered', async () => {
    const client = database.superuser();
    await client.connect();
    await client.query(
      `SET session_replication_role = replica; UPDATE audit_entries SET action = 'case.update' WHERE id = 3`,
    );
    await client.end();
    const result = await runCli(['audit', 'verify'], { env });
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('El contenido de la posición 3 fue modificado.');
    expect(result.stdout).toContain('LA BITÁCORA FUE ALTERADA');
  });

  it('refuses a file that is not a checkpoint', async () => {
    const result = await runCli(['audit', 'verify', '--checkpoint', path.join(folder, 'missing.json')], {
      env,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no se pudo leer el archivo');
  });
});
