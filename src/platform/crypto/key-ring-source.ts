import path from 'node:path';
import { CryptoProblem } from './crypto-problem.ts';
import { environmentSource } from './environment-source.ts';
import { defaultKeyFile, keyFileSource } from './key-file-source.ts';
import type { KeyRing } from './key-ring.ts';
import { providerSource } from './provider-source.ts';

/** Where the key ring lives. Always outside the database, so a copy of the database opens nothing. */
export type KeyRingSource = {
  /** A file path, a variable name or a module path, for messages. Never key material. */
  readonly description: string;
  load(): Promise<KeyRing>;
  /** Stores a changed ring (rotation, retirement); `keyring_read_only` where the operator manages it. */
  save(ring: KeyRing): Promise<void>;
};

export type KeyRingSourceOptions = {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The embedded server's data directory; undefined with an external database. */
  embeddedDataDir: string | undefined;
};

/**
 * `ENLACE_KEYRING_PROVIDER` (a KMS hook module) or `ENLACE_KEYRING` (the ring, base64) for servers;
 * otherwise the embedded default, a key file beside the database. An external database never gets a
 * generated key file: several servers would each make their own ring and could not read each other's data.
 */
export function chooseKeyRingSource(options: KeyRingSourceOptions): KeyRingSource {
  const { ENLACE_KEYRING: encoded, ENLACE_KEYRING_PROVIDER: provider } = options.env;
  if (encoded !== undefined && provider !== undefined) throw new CryptoProblem('keyring_source_ambiguous');
  if (provider !== undefined) return providerSource(path.resolve(options.cwd, provider));
  if (encoded !== undefined) return environmentSource(encoded);
  if (options.embeddedDataDir === undefined) throw new CryptoProblem('keyring_missing');
  return keyFileSource(defaultKeyFile(options.embeddedDataDir));
}
