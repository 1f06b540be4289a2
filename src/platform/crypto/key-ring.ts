import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { CryptoProblem } from './crypto-problem.ts';

/** A master key that can encrypt and decrypt. The material lives in a KeyObject, which prints as `{}`. */
export type LiveKey = { readonly id: string; readonly created: string; readonly secret: KeyObject };

/** A master key whose material was destroyed; its id stays so it is never reused and failures are clear. */
export type RetiredKey = { readonly id: string; readonly created: string; readonly retired: string };

export type MasterKey = LiveKey | RetiredKey;

/**
 * Versioned master keys for encryption (exactly one active) and a separate blind-index key that
 * does not rotate with them, so exact-match indexes stay valid across rotations. Rings are immutable:
 * every change returns a new ring that the caller saves through its source.
 */
export type KeyRing = {
  readonly activeKeyId: string;
  readonly keys: readonly MasterKey[];
  readonly blindIndexKey: { readonly created: string; readonly secret: KeyObject };
};

const KEY_BYTES = 32;

export const isLive = (key: MasterKey): key is LiveKey => 'secret' in key;

const newSecret = (): KeyObject => createSecretKey(randomBytes(KEY_BYTES));

export function createKeyRing(now = new Date()): KeyRing {
  const created = now.toISOString();
  return {
    activeKeyId: 'k1',
    keys: [{ id: 'k1', created, secret: newSecret() }],
    blindIndexKey: { created, secret: newSecret() },
  };
}

/** Rotation, first step: the new key encrypts from now on; older live keys still decrypt. */
export function addKey(ring: KeyRing, now = new Date()): KeyRing {
  const id = nextKeyId(ring);
  return {
    ...ring,
    activeKeyId: id,
    keys: [...ring.keys, { id, created: now.toISOString(), secret: newSecret() }],
  };
}

/**
 * Rotation, last step: destroys the material of a key that no token uses any more (the caller must
 * have checked). Tokens still under it then fail with `key_retired`. Retiring twice keeps the first date.
 */
export function retireKey(ring: KeyRing, keyId: string, now = new Date()): KeyRing {
  const key = findKey(ring, keyId);
  if (keyId === ring.activeKeyId) throw new CryptoProblem('key_active', { keyId });
  if (!isLive(key)) return ring;
  const retired: RetiredKey = { id: key.id, created: key.created, retired: now.toISOString() };
  return { ...ring, keys: ring.keys.map((each) => (each.id === keyId ? retired : each)) };
}

/** The key that can decrypt tokens carrying `keyId`. */
export function liveKey(ring: KeyRing, keyId: string): LiveKey {
  const key = findKey(ring, keyId);
  if (!isLive(key)) throw new CryptoProblem('key_retired', { keyId });
  return key;
}

export const activeKey = (ring: KeyRing): LiveKey => liveKey(ring, ring.activeKeyId);

function findKey(ring: KeyRing, keyId: string): MasterKey {
  const key = ring.keys.find((each) => each.id === keyId);
  if (!key) throw new CryptoProblem('key_unknown', { keyId });
  return key;
}

// Ids are never reused (retired keys keep theirs), so a token can never be read with the wrong key.
function nextKeyId(ring: KeyRing): string {
  const numbers = ring.keys.map((key) => /^k(\d+)$/.exec(key.id)?.[1]).map((digits) => Number(digits ?? 0));
  return `k${Math.max(0, ...numbers) + 1}`;
}
