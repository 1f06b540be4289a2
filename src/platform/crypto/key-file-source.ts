import { mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { CryptoProblem } from './crypto-problem.ts';
import { createExclusively, replaceAtomically } from './key-file-write.ts';
import { createKeyRing } from './key-ring.ts';
import { keyRingJson, parseKeyRingJson } from './key-ring-document.ts';
import type { KeyRingSource } from './key-ring-source.ts';

/** Beside the embedded database's own folder (`postgres/`), never inside it. */
export const defaultKeyFile = (dataDir: string): string => path.join(dataDir, 'keys', 'keyring.json');

const GROUP_OR_OTHER_ANY = 0o077;
const GROUP_OR_OTHER_WRITE = 0o022;

/**
 * A JSON key file, created with a fresh ring on first use (0600 in a 0700 folder). Refuses a file
 * others could read, and a folder others could write, where someone could swap in a ring they know.
 */
export function keyFileSource(file: string): KeyRingSource {
  return {
    description: file,
    load: async () => {
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      return parseKeyRingJson((await readKeyFile(file)) ?? (await createKeyFile(file)), file);
    },
    save: (ring) => replaceAtomically(file, keyRingJson(ring)),
  };
}

async function createKeyFile(file: string): Promise<string> {
  const text = keyRingJson(createKeyRing());
  if (await createExclusively(file, text)) return text;
  // Another process created it first: use its ring, so both encrypt with the same keys.
  const existing = await readKeyFile(file);
  if (existing === undefined) throw new CryptoProblem('keyring_unreadable', { file });
  return existing;
}

async function readKeyFile(file: string): Promise<string | undefined> {
  const folder = path.dirname(file);
  const folderInfo = await stat(folder);
  checkOwner(folder, folderInfo.uid);
  if (folderInfo.mode & GROUP_OR_OTHER_WRITE) {
    throw new CryptoProblem('keyring_folder_exposed', { folder, mode: octal(folderInfo.mode) });
  }
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!handle) return undefined;
  try {
    // Checked on the open handle, so the file cannot be swapped between the check and the read.
    const info = await handle.stat();
    if (!info.isFile()) throw new CryptoProblem('keyring_unreadable', { file });
    checkOwner(file, info.uid);
    if (info.mode & GROUP_OR_OTHER_ANY) {
      throw new CryptoProblem('keyring_file_exposed', { file, mode: octal(info.mode) });
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Another account could have planted a ring it knows; and a ring saved by root for a service running
 * under its own account would become unreadable to that service. Either way: run as the owner.
 */
function checkOwner(target: string, uid: number): void {
  if (uid !== process.getuid!()) throw new CryptoProblem('keyring_foreign_owner', { path: target, uid });
}

const octal = (mode: number): string => (mode & 0o777).toString(8).padStart(4, '0');
