import { chmod, chown, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultKeyFile, keyFileSource } from './key-file-source.ts';
import { addKey, liveKey } from './key-ring.ts';
import { asyncProblemOf } from './test-fixtures/problem-of.ts';

let dataDir: string;
let file: string;
const modeOf = async (target: string) => (await stat(target)).mode & 0o777;
const sameKey = (a: Awaited<ReturnType<typeof load>>, b: typeof a) =>
  liveKey(a, a.activeKeyId).secret.equals(liveKey(b, b.activeKeyId).secret);
const load = () => keyFileSource(file).load();

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'enlace-keys-'));
  file = defaultKeyFile(dataDir);
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('key file source', () => {
  it('lives in <data dir>/keys, beside the database folder and not inside it', () => {
    expect(defaultKeyFile('/srv/enlace/var')).toBe('/srv/enlace/var/keys/keyring.json');
  });

  it('creates the ring on first use: file 0600 in a folder 0700', async () => {
    await load();
    expect(await modeOf(file)).toBe(0o600);
    expect(await modeOf(path.dirname(file))).toBe(0o700);
  });

  it('loads the same ring every time after that', async () => {
    expect(sameKey(await load(), await load())).toBe(true);
  });

  it('gives processes starting together one ring', async () => {
    const [first, second, third] = await Promise.all([load(), load(), load()]);
    expect(sameKey(first!, second!) && sameKey(second!, third!)).toBe(true);
  });

  it('saves a rotated ring in place, still 0600, leaving no temporary files', async () => {
    const source = keyFileSource(file);
    await source.save(addKey(await source.load()));
    expect((await source.load()).activeKeyId).toBe('k2');
    expect(await modeOf(file)).toBe(0o600);
    expect(await readdir(path.dirname(file))).toEqual(['keyring.json']);
  });

  it.each([0o644, 0o640, 0o604, 0o660])('refuses a key file with mode %o', async (mode) => {
    await load();
    await chmod(file, mode);
    expect(await asyncProblemOf(load)).toMatchObject({
      code: 'keyring_file_exposed',
      params: { file, mode: mode.toString(8).padStart(4, '0') },
    });
  });

  it.each([0o777, 0o770, 0o702])('refuses a key folder others can write (mode %o)', async (mode) => {
    await load();
    await chmod(path.dirname(file), mode);
    expect((await asyncProblemOf(load)).code).toBe('keyring_folder_exposed');
  });

  it('accepts a key folder others can list but not change', async () => {
    await load();
    await chmod(path.dirname(file), 0o755);
    await expect(load()).resolves.toBeDefined();
  });

  it.skipIf(process.getuid!() !== 0).each(['file', 'folder'])(
    'refuses a key %s owned by another account',
    async (which) => {
      await load();
      const target = which === 'file' ? file : path.dirname(file);
      await chown(target, 65534, 65534);
      expect(await asyncProblemOf(load)).toMatchObject({
        code: 'keyring_foreign_owner',
        params: { path: target, uid: 65534 },
      });
    },
  );

  it('refuses a folder where the key file should be', async () => {
    await mkdir(file, { recursive: true });
    expect((await asyncProblemOf(load)).code).toBe('keyring_unreadable');
  });

  it('refuses a damaged key file, naming the file', async () => {
    await mkdir(path.dirname(file), { mode: 0o700 });
    await writeFile(file, '{"format": "enlace-keyring/1"', { mode: 0o600 });
    expect(await asyncProblemOf(load)).toMatchObject({ code: 'keyring_invalid', params: { source: file } });
  });
});
