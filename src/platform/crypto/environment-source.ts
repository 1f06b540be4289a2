import { CryptoProblem } from './crypto-problem.ts';
import type { KeyRing } from './key-ring.ts';
import { parseKeyRingJson, serialiseKeyRing } from './key-ring-document.ts';
import type { KeyRingSource } from './key-ring-source.ts';

const VARIABLE = 'ENLACE_KEYRING';

/**
 * The ring as base64-encoded JSON in `ENLACE_KEYRING`, for servers whose secret store fills the
 * environment. Read-only: after a rotation the operator deploys `encodeKeyRingForEnvironment(ring)`.
 */
export function environmentSource(encoded: string): KeyRingSource {
  return {
    description: VARIABLE,
    load: async () => parseKeyRingJson(decodeBase64(encoded), VARIABLE),
    save: async () => {
      throw new CryptoProblem('keyring_read_only', { source: VARIABLE });
    },
  };
}

export const encodeKeyRingForEnvironment = (ring: KeyRing): string =>
  Buffer.from(JSON.stringify(serialiseKeyRing(ring))).toString('base64');

// Buffer.from skips characters outside the alphabet; a damaged value must fail instead.
function decodeBase64(encoded: string): string {
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) {
    throw new CryptoProblem('keyring_invalid', { source: VARIABLE, field: '(root)', rule: 'base64' });
  }
  return Buffer.from(compact, 'base64').toString('utf8');
}
