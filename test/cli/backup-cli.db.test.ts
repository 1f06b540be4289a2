import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/platform/audit/verify-log.ts';
import { superuserPool } from '../reliability/cluster-access.ts';
import { createCaseWorker, emptyLedger, writeUntil } from '../reliability/crash-writers.ts';
import { runCli, startServeProcess, stopServeProcess } from '../support/cli.ts';

const TABLES = [
  'agencies',
  'users',
  'cases',
  'people',
  'person_identities',
  'record_changes',
  'audit_entries',
];
type Counts = Record<string, number>;

let folder: string;
let original: string;
let backupFile: string;
let keyRing: string;
let atBackup: Counts;
/** The backed-up state plus the one audit entry a restore writes about itself. */
let restored: Counts;

/** Starts `enlace serve` on `dataDir`, does `work` with its superuser, stops it. */
async function withServer<T>(
  dataDir: string,
  env: Record<string, string>,
  work: (baseUrl: string) => Promise<T>,
) {
  const server = await startServeProcess([], { ENLACE_DATA_DIR: dataDir, ENLACE_PORT: '0', ...env });
  try {
    return await work(server.baseUrl);
  } finally {
    await stopServeProcess(server);
  }
}

async function countRows(dataDir: string): Promise<Counts> {
  const superuser = await superuserPool(dataDir);
  try {
    const counts: Counts = {};
    for (const table of TABLES)
      counts[table] = (await superuser.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    return counts;
  } finally {
    await superuser.end();
  }
}

async function countsAndAudit(dataDir: string, env: Record<string, string> = {}) {
  return withServer(dataDir, env, async () => {
    const superuser = await superuserPool(dataDir);
    try {
      return { counts: await countRows(dataDir), auditOk: (await verifyAuditLog(superuser)).ok };
    } finally {
      await superuser.end();
    }
  });
}

async function writeFor(ms: number, baseUrl: string, cookie: string) {
  const ledger = emptyLedger();
  let stopped = false;
  const writers = [1, 2].map(() => writeUntil(baseUrl, cookie, ledger, () => stopped));
  await new Promise((resolve) => setTimeout(resolve, ms));
  stopped = true;
  await Promise.all(writers);
  return ledger;
}

const restore = (dataDir: string, file: string, extra: string[] = [], env: Record<string, string> = {}) =>
  runCli(['restore', '--input', file, ...extra], { env: { ENLACE_DATA_DIR: dataDir, ...env } });

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'enlace-backup-drill-'));
  // The data directories inside must be reachable by the server's system user when run as root.
  await chmod(folder, 0o711);
  original = path.join(folder, 'original');
  backupFile = path.join(folder, 'copia.enlace-backup');
  // Cases and people written through the API, then a backup taken while the server keeps running.
  await withServer(original, {}, async (baseUrl) => {
    const superuser = await superuserPool(original);
    const cookie = await createCaseWorker(superuser);
    await superuser.end();
    expect((await writeFor(1500, baseUrl, cookie)).cases.length).toBeGreaterThan(0);
    atBackup = await countRows(original);
    const backup = await runCli(['backup', '--output', backupFile], { env: { ENLACE_DATA_DIR: original } });
    expect(backup.stderr).toContain('Se usa la base de datos integrada del servidor de Enlace en marcha');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`Copia escrita en ${backupFile}`);
    await writeFor(1000, baseUrl, cookie);
  });
  restored = { ...atBackup, audit_entries: atBackup.audit_entries! + 1 };
  keyRing = (await readFile(path.join(original, 'keys', 'keyring.json'))).toString('base64');
}, 300_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('backup and restore drill', () => {
  it('returns the database to the backed-up state, audit chain intact', async () => {
    const before = await countsAndAudit(original);
    const refused = await restore(original, backupFile);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'la base de datos ya tiene registros; para reemplazarlos por la copia agregue --overwrite',
    );

    const result = await restore(original, backupFile, ['--overwrite']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('La bitácora restaurada está íntegra');
    const after = await countsAndAudit(original);
    expect(after.auditOk).toBe(true);
    expect(before.counts.cases).toBeGreaterThan(atBackup.cases!);
    expect(after.counts).toEqual(restored);
  }, 300_000);

  it('restores on another machine given the key ring, and not without it', async () => {
    const elsewhere = path.join(folder, 'otra-maquina');
    const withoutRing = await restore(elsewhere, backupFile);
    expect(withoutRing.code).toBe(2);
    expect(withoutRing.stderr).toContain('este anillo de claves no abre la copia');
    // Nothing was written: the same database still takes the backup without --overwrite.
    const withRing = await restore(elsewhere, backupFile, [], { ENLACE_KEYRING: keyRing });
    expect(withRing.code).toBe(0);
    const there = await countsAndAudit(elsewhere, { ENLACE_KEYRING: keyRing });
    expect(there.auditOk).toBe(true);
    expect(there.counts).toEqual(restored);
  }, 300_000);

  it('refuses a missing, truncated, tampered or foreign file and changes nothing', async () => {
    const bytes = await readFile(backupFile);
    const truncated = path.join(folder, 'truncada');
    await writeFile(truncated, bytes.subarray(0, bytes.length - 64));
    const tampered = path.join(folder, 'alterada');
    const altered = Buffer.from(bytes);
    altered[bytes.length - 40] = altered[bytes.length - 40]! ^ 0x80;
    await writeFile(tampered, altered);
    const foreign = path.join(folder, 'ajena.json');
    await writeFile(foreign, '{"casos": []}\n');
    const cases: [string, string][] = [
      [path.join(folder, 'no-existe'), 'no se pudo leer el archivo'],
      [truncated, 'la copia está incompleta'],
      [tampered, 'la copia fue alterada o está dañada'],
      [foreign, 'el archivo no es una copia de «enlace backup»'],
    ];
    for (const [file, message] of cases) {
      const result = await restore(original, file, ['--overwrite']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect((await countsAndAudit(original)).counts).toEqual(restored);
    const again = await runCli(['backup', '--output', backupFile], { env: { ENLACE_DATA_DIR: original } });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('ya existe');
  }, 300_000);
});
