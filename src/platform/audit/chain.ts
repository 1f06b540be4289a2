import { createHash } from 'node:crypto';

/** The fields of an entry as PostgreSQL renders them; hashing text avoids client-side rounding. */
export type EntryFields = {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorAgencyId: string | null;
  actorRoles: string[];
  requestId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  reason: string | null;
  details: string;
};

export const GENESIS_HASH = Buffer.alloc(32);
const FORMAT = 'enlace-audit/1';

/** One unambiguous byte string per entry at a position: a JSON array in a fixed field order. */
export function canonicalEntry(position: string, entry: EntryFields): Buffer {
  return Buffer.from(
    JSON.stringify([
      FORMAT,
      position,
      entry.id,
      entry.occurredAt,
      entry.actorUserId,
      entry.actorAgencyId,
      entry.actorRoles,
      entry.requestId,
      entry.action,
      entry.recordType,
      entry.recordId,
      entry.reason,
      entry.details,
    ]),
    'utf8',
  );
}

/** Each link's hash covers the previous hash and the canonical entry. */
export const chainHash = (previousHash: Buffer, position: string, entry: EntryFields): Buffer =>
  createHash('sha256').update(previousHash).update(canonicalEntry(position, entry)).digest();

export type ChainLink = {
  position: string;
  previousHash: Buffer;
  entryHash: Buffer;
  /** Undefined when the entry the link names is gone. */
  entry: EntryFields | undefined;
};

export type ChainBreak = {
  position: string;
  problem: 'position_gap' | 'entry_missing' | 'previous_hash_mismatch' | 'entry_hash_mismatch';
};

/**
 * Checks links in position order, continuing from `previous` (the last verified link), and returns the
 * first break. Positions must run 1, 2, 3… without gaps.
 */
export function findChainBreak(
  links: readonly ChainLink[],
  previous: { position: bigint; hash: Buffer } = { position: 0n, hash: GENESIS_HASH },
): ChainBreak | undefined {
  let expectedPosition = previous.position + 1n;
  let previousHash = previous.hash;
  for (const link of links) {
    if (BigInt(link.position) !== expectedPosition)
      return { position: link.position, problem: 'position_gap' };
    if (!link.entry) return { position: link.position, problem: 'entry_missing' };
    if (!link.previousHash.equals(previousHash))
      return { position: link.position, problem: 'previous_hash_mismatch' };
    if (!chainHash(previousHash, link.position, link.entry).equals(link.entryHash)) {
      return { position: link.position, problem: 'entry_hash_mismatch' };
    }
    previousHash = link.entryHash;
    expectedPosition++;
  }
  return undefined;
}
