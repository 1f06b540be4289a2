import { createHmac } from 'node:crypto';
import { deriveKey } from '../../../platform/crypto/derived-keys.ts';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';

/** The pseudonym of a record of one type (`case`, `person`, …) in an extract. */
export type Pseudonymise = (recordType: string, recordId: string) => string;

/** 132 bits of the HMAC: collisions are out of reach at any number of records. */
const PSEUDONYM_LENGTH = 22;

/**
 * Keyed pseudonyms (HMAC-SHA256 under a key derived for the export's purpose from the ring's blind-index
 * key, which never rotates): the same record has the same pseudonym in every extract of one purpose, so
 * a statistician can follow it across years, and unrelated pseudonyms under another purpose, so extracts
 * made for different purposes cannot be joined. Without the key ring a pseudonym cannot be traced back
 * to a record, nor computed from a guessed record id.
 */
export function pseudonymiser(ring: KeyRing, purpose: string): Pseudonymise {
  const key = deriveKey(ring.blindIndexKey.secret, 'pseudonym', {
    table: 'statistical_extract',
    column: purpose,
  });
  return (recordType, recordId) =>
    createHmac('sha256', key)
      .update(`${recordType}:${recordId}`, 'utf8')
      .digest('base64url')
      .slice(0, PSEUDONYM_LENGTH);
}
