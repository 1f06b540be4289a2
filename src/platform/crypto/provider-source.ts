import { pathToFileURL } from 'node:url';
import { CryptoProblem } from './crypto-problem.ts';
import {
  type KeyRingDocument,
  parseKeyRing,
  parseKeyRingJson,
  serialiseKeyRing,
} from './key-ring-document.ts';
import type { KeyRingSource } from './key-ring-source.ts';

/**
 * The contract of a KMS hook module named by `ENLACE_KEYRING_PROVIDER` (an ES module file; `.mjs`/`.js`,
 * or `.ts` since Enlace runs through tsx):
 *
 *   export async function loadKeyRing(): Promise<KeyRingDocument | string>
 *     The ring as the object a key file holds, or as its JSON text (for instance a secret the KMS
 *     decrypted). Called every time the ring is loaded.
 *   export async function saveKeyRing(document: KeyRingDocument): Promise<void>   (optional)
 *     Stores a rotated ring. Without it, rotation stops with `keyring_read_only` before touching data.
 *
 * Errors thrown by the module are kept as the `cause`; they must not contain key material.
 */
export type KeyRingProvider = {
  loadKeyRing(): Promise<KeyRingDocument | string>;
  saveKeyRing?(document: KeyRingDocument): Promise<void>;
};

export function providerSource(modulePath: string): KeyRingSource {
  return {
    description: modulePath,
    load: async () => {
      const provider = await importProvider(modulePath);
      const document = await attempt(modulePath, () => provider.loadKeyRing());
      return typeof document === 'string'
        ? parseKeyRingJson(document, modulePath)
        : parseKeyRing(document, modulePath);
    },
    save: async (ring) => {
      const { saveKeyRing } = await importProvider(modulePath);
      if (!saveKeyRing) throw new CryptoProblem('keyring_read_only', { source: modulePath });
      await attempt(modulePath, () => saveKeyRing(serialiseKeyRing(ring)));
    },
  };
}

async function importProvider(modulePath: string): Promise<KeyRingProvider> {
  const exports: Record<string, unknown> = await attempt(
    modulePath,
    () => import(pathToFileURL(modulePath).href),
  );
  const { loadKeyRing, saveKeyRing } = exports;
  if (typeof loadKeyRing !== 'function' || (saveKeyRing !== undefined && typeof saveKeyRing !== 'function')) {
    throw new CryptoProblem('keyring_provider_invalid', { module: modulePath });
  }
  return exports as KeyRingProvider;
}

async function attempt<T>(modulePath: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (cause) {
    throw new CryptoProblem('keyring_provider_failed', { module: modulePath }, { cause });
  }
}
