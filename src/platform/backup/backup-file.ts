import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, unlink } from 'node:fs/promises';
import { z } from 'zod';
import { CryptoProblem } from '../crypto/crypto-problem.ts';
import { activeKey, type KeyRing, liveKey } from '../crypto/key-ring.ts';
import { BackupProblem } from './backup-problem.ts';
import { type BackupRecord, backupRecord } from './backup-records.ts';
import {
  DATA_KEY_BYTES,
  headerDigest,
  NONCE_PREFIX_BYTES,
  openChunk,
  type StreamKeys,
  sealChunk,
  unwrapDataKey,
  wrapDataKey,
} from './envelope.ts';

/**
 * A backup file: one line of plain JSON (format, date, which master key wrapped the data key), then
 * the body in chunks of at most CHUNK_BYTES, each `[final flag: 1 byte][length: 4 bytes][AES-256-GCM]`.
 */
const CHUNK_BYTES = 1024 * 1024;
const MAX_SEALED = CHUNK_BYTES + 16;
const MAX_HEADER = 4096;

const header = z.strictObject({
  format: z.literal('enlace-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  keyId: z.string(),
  wrappedKey: z.base64(),
  noncePrefix: z.base64(),
});
type Header = z.infer<typeof header>;

const wrapContext = (h: Pick<Header, 'keyId' | 'noncePrefix' | 'createdAt'>) =>
  `enlace-backup/1|${h.keyId}|${h.noncePrefix}|${h.createdAt}`;

export type BackupWriter = {
  write(record: BackupRecord): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
};

/**
 * Writes to `file.partial` (mode 0600) and renames it into place only once complete, so a backup
 * interrupted half-way never looks like a backup. An existing `file` is left alone.
 */
export async function createBackupFile(file: string, ring: KeyRing, now = new Date()): Promise<BackupWriter> {
  const existing = await open(file, 'r').catch(() => undefined);
  if (existing) {
    await existing.close();
    throw new BackupProblem('output_exists', { file });
  }
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w', 0o600);
  const master = activeKey(ring);
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const noncePrefix = randomBytes(NONCE_PREFIX_BYTES);
  const fields = {
    keyId: master.id,
    noncePrefix: noncePrefix.toString('base64'),
    createdAt: now.toISOString(),
  };
  const line = Buffer.from(
    `${JSON.stringify({
      format: 'enlace-backup',
      version: 1,
      ...fields,
      wrappedKey: wrapDataKey(master.secret, dataKey, wrapContext(fields)).toString('base64'),
    } satisfies Header)}\n`,
  );
  await handle.write(line);
  const keys: StreamKeys = { dataKey, noncePrefix, headerDigest: headerDigest(line) };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let index = 0;
  const emit = (final: boolean, piece: Buffer) =>
    writeChunk(handle, final, sealChunk(keys, index++, final, piece));
  return {
    async write(record) {
      const bytes = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes <= CHUNK_BYTES) return;
      let body = Buffer.concat(pending);
      while (body.length > CHUNK_BYTES) {
        await emit(false, body.subarray(0, CHUNK_BYTES));
        body = body.subarray(CHUNK_BYTES);
      }
      pending = [body];
      pendingBytes = body.length;
    },
    async finish() {
      await emit(true, Buffer.concat(pending));
      await handle.sync();
      await handle.close();
      await rename(partial, file);
    },
    async abort() {
      await handle.close().catch(() => undefined);
      await unlink(partial).catch(() => undefined);
    },
  };
}

async function writeChunk(handle: FileHandle, final: boolean, sealed: Buffer) {
  const prefix = Buffer.alloc(5);
  prefix[0] = final ? 1 : 0;
  prefix.writeUInt32BE(sealed.length, 1);
  await handle.write(Buffer.concat([prefix, sealed]));
}

/**
 * The records of a backup, decrypted and authenticated chunk by chunk; reading it through to the end
 * proves the whole file intact. Throws `unreadable`, `not_a_backup`, `key_unknown`, `wrong_key`,
 * `tampered` or `truncated`.
 */
export async function* readBackupFile(file: string, ring: KeyRing): AsyncGenerator<BackupRecord> {
  const handle = await open(file, 'r').catch(() => {
    throw new BackupProblem('unreadable', { file });
  });
  try {
    const { keys, offset } = await readHeader(handle, ring);
    let carry = '';
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for await (const plaintext of chunks(handle, offset, keys)) {
      const lines = (carry + decoder.decode(plaintext, { stream: true })).split('\n');
      carry = lines.pop() ?? '';
      for (const line of lines) yield parseRecord(line);
    }
    if (carry !== '') throw new BackupProblem('tampered');
  } finally {
    await handle.close();
  }
}

function parseRecord(line: string): BackupRecord {
  const parsed = backupRecord.safeParse(JSON.parse(line));
  // Authenticated content that does not parse was written by something other than Enlace.
  if (!parsed.success) throw new BackupProblem('not_a_backup');
  return parsed.data;
}

async function readHeader(handle: FileHandle, ring: KeyRing): Promise<{ keys: StreamKeys; offset: number }> {
  const start = Buffer.alloc(MAX_HEADER);
  const { bytesRead } = await handle.read(start, 0, MAX_HEADER, 0);
  const end = start.subarray(0, bytesRead).indexOf(0x0a);
  if (end < 0) throw new BackupProblem('not_a_backup');
  const line = start.subarray(0, end + 1);
  let fields: Header;
  try {
    fields = header.parse(JSON.parse(line.toString('utf8')));
  } catch {
    throw new BackupProblem('not_a_backup');
  }
  let master: ReturnType<typeof liveKey>;
  try {
    master = liveKey(ring, fields.keyId);
  } catch (error) {
    if (error instanceof CryptoProblem) throw new BackupProblem('key_unknown', { keyId: fields.keyId });
    throw error;
  }
  const dataKey = unwrapDataKey(master.secret, Buffer.from(fields.wrappedKey, 'base64'), wrapContext(fields));
  const noncePrefix = Buffer.from(fields.noncePrefix, 'base64');
  if (noncePrefix.length !== NONCE_PREFIX_BYTES) throw new BackupProblem('not_a_backup');
  return { keys: { dataKey, noncePrefix, headerDigest: headerDigest(line) }, offset: end + 1 };
}

async function* chunks(handle: FileHandle, start: number, keys: StreamKeys): AsyncGenerator<Buffer> {
  let offset = start;
  for (let index = 0; ; index++) {
    const prefix = await readExactly(handle, offset, 5);
    if (!prefix) throw new BackupProblem('truncated');
    const final = prefix[0] === 1;
    const length = prefix.readUInt32BE(1);
    if (prefix[0]! > 1 || length > MAX_SEALED) throw new BackupProblem('tampered');
    const sealed = await readExactly(handle, offset + 5, length);
    if (!sealed) throw new BackupProblem('truncated');
    yield openChunk(keys, index, final, sealed);
    offset += 5 + length;
    if (final) {
      const after = await handle.read(Buffer.alloc(1), 0, 1, offset);
      if (after.bytesRead > 0) throw new BackupProblem('tampered');
      return;
    }
  }
}

async function readExactly(
  handle: FileHandle,
  position: number,
  length: number,
): Promise<Buffer | undefined> {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(buffer, read, length - read, position + read);
    if (bytesRead === 0) return undefined;
    read += bytesRead;
  }
  return buffer;
}
