import { createHmac } from 'node:crypto';
import { deriveKey } from '../crypto/derived-keys.ts';
import type { KeyRing } from '../crypto/key-ring.ts';
import { throttledAddress } from './client-address.ts';
import type { ThrottleScope } from './throttle-policy.ts';

/** Who tries (the user name typed, normalised, whether or not it exists) and from where (`request.ip`). */
export type AttemptOrigin = { username: string; ip: string };

export type ThrottleSubjects = Readonly<Record<ThrottleScope, string>>;

/**
 * Keyed HMACs naming each counter: the throttle tables hold no user name and no address, and a name
 * that does not exist is counted exactly like one that does, so throttling never tells them apart.
 * The key is derived from the ring's blind-index key, which stays outside the database.
 */
export function throttleSubjects(ring: KeyRing, { username, ip }: AttemptOrigin): ThrottleSubjects {
  const address = throttledAddress(ip);
  return {
    account: keyed(ring, 'account', username),
    address: keyed(ring, 'address', address),
    pair: keyed(ring, 'pair', JSON.stringify([username, address])),
  };
}

const keyed = (ring: KeyRing, scope: ThrottleScope, value: string) =>
  createHmac(
    'sha256',
    deriveKey(ring.blindIndexKey.secret, 'blind', { table: 'sign_in_throttle', column: scope }),
  )
    .update(value, 'utf8')
    .digest('base64url');
