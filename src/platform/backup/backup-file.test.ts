import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addKey, createKeyRing, type KeyRing, retireKey } from '../crypto/key-ring.ts';
import { createBackupFile, readBackupFile } from './backup-file.ts';
import { BackupProblem } from './backup-problem.ts';
import type { BackupRecord } from './backup-records.ts';

let folder: string;
let ring: KeyRing;
let file: string;
// Enough rows to span several 1 MiB chunks, with values that JSON must carry byte for byte.
const rows = Array.from(
  { length: 3000 },
  (_, n) =>
    `{"id": ${n}, "amount": 12345678901234567890.50, "note": "Nota ${n} — Hernández ${'x'.repeat(700)}"}`,
);
const records: BackupRecord[] = [
  {
    kind: 'start',
    serverVersion: '17.0',
    migrations: [{ version: 1, name: 'uno', checksum: 'a'.repeat(64) }],
  },
  { kind: 'table', name: 'cases', columns: ['id', 'note'] },
  ...Array.from(
    { length: 30 },
    (_, n): BackupRecord => ({
      kind: 'rows',
      table: 'cases',
      rows: rows.slice(n * 100, n * 100 + 100),
    }),
  ),
  { kind: 'end', counts: { cases: 3000 } },
];

async function readAll(name: string, keys: KeyRing = ring): Promise<BackupRecord[]> {
  const found: BackupRecord[] = [];
  for await (const record of readBackupFile(name, keys)) found.push(record);
  return found;
}

async function problemOf(name: string, keys: KeyRing = ring): Promise<string> {
  try {
    await readAll(name, keys);
    return 'none';
  } catch (error) {
    if (error instanceof BackupProblem) return error.code;
    throw error;
  }
}

async function variant(name: string, change: (bytes: Buffer) => Buffer): Promise<string> {
  const target = path.join(folder, name);
  await writeFile(target, change(await readFile(file)));
  return target;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'enlace-backup-file-'));
  ring = createKeyRing();
  file = path.join(folder, 'copia.enlace-backup');
  const writer = await createBackupFile(file, ring);
  for (const record of records) await writer.write(record);
  await writer.finish();
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('backup files', () => {
  it('reads back exactly what was written, from a file only its owner can read', async () => {
    expect(await readAll(file)).toEqual(records);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(file)).size).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('keeps personal text out of the file', async () => {
    const bytes = await readFile(file);
    expect(bytes.includes(Buffer.from('Hernández'))).toBe(false);
    expect(bytes.includes(Buffer.from('cases'))).toBe(false);
  });

  it('opens with a ring that rotated since, while the old key is live', async () => {
    expect(await readAll(file, addKey(ring))).toEqual(records);
  });

  it('refuses to overwrite an existing file', async () => {
    await expect(createBackupFile(file, ring)).rejects.toMatchObject({ code: 'output_exists' });
  });

  it.each([
    ['another ring', () => createKeyRing(), 'wrong_key'],
    ['a ring whose key was retired', () => retireKey(addKey(ring), 'k1'), 'key_unknown'],
  ])('refuses %s', async (_, keys, code) => {
    expect(await problemOf(file, keys())).toBe(code);
  });

  it.each([
    ['a missing file', async () => path.join(folder, 'no-existe'), 'unreadable'],
    [
      'a file that is not a backup',
      () => variant('otro.txt', () => Buffer.from('hola\nmundo\n')),
      'not_a_backup',
    ],
    ['a file without a header line', () => variant('sin-linea', () => Buffer.alloc(5000, 1)), 'not_a_backup'],
    [
      'a file cut after its header',
      () => variant('cabecera', (b) => b.subarray(0, b.indexOf(0x0a) + 1)),
      'truncated',
    ],
    ['a file cut in a chunk', () => variant('cortado', (b) => b.subarray(0, b.length - 100)), 'truncated'],
    ['a file cut at a chunk boundary', () => variant('frontera', (b) => cutAtChunk(b, 2)), 'truncated'],
    ['a flipped byte in the body', () => variant('bit', (b) => flip(b, b.length - 2000)), 'tampered'],
    [
      'a flipped byte in the header date',
      () => variant('fecha', (b) => flip(b, b.indexOf('createdAt') + 14)),
      'wrong_key',
    ],
    [
      'bytes appended after the end',
      () => variant('cola', (b) => Buffer.concat([b, Buffer.from('x')])),
      'tampered',
    ],
    ['a chunk marked as the last', () => variant('final', (b) => markFirstChunkFinal(b)), 'tampered'],
  ])('refuses %s', async (_, make, code) => {
    expect(await problemOf(await make())).toBe(code);
  });
});

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

const chunkStarts = (bytes: Buffer): number[] => {
  const starts: number[] = [];
  for (
    let offset = bytes.indexOf(0x0a) + 1;
    offset < bytes.length;
    offset += 5 + bytes.readUInt32BE(offset + 1)
  )
    starts.push(offset);
  return starts;
};

const cutAtChunk = (bytes: Buffer, chunk: number) => bytes.subarray(0, chunkStarts(bytes)[chunk]);

function markFirstChunkFinal(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  copy[chunkStarts(bytes)[0]!] = 1;
  return copy;
}
