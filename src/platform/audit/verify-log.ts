import type pg from 'pg';
import { type ChainBreak, type ChainLink, findChainBreak, GENESIS_HASH } from './chain.ts';
import { type Checkpoint, checkpointSignatureValid } from './checkpoint.ts';
import { ENTRY_FIELDS_SQL } from './entry-query.ts';
import { unsealedEntries } from './pending-entries.ts';

export type CheckpointVerdict = 'consistent' | 'bad_signature' | 'truncated' | 'rewritten';

export type AuditVerification = {
  ok: boolean;
  sealed: number;
  head: { position: string; entryHash: string } | undefined;
  firstBreak: ChainBreak | undefined;
  /** Entries still waiting for the sealer, and the age of the oldest in seconds. */
  unsealed: { count: number; oldestSeconds: number };
  /** Entries neither sealed nor waiting: inserted around the log's own path. */
  orphans: number;
  checkpoint: CheckpointVerdict | undefined;
};

const PAGE = 10_000;
type LinkRow = ChainLink & { entryPresent: boolean };

/** Walks the whole chain in pages; read-only, run with the owner's connection (no row filtering). */
export async function verifyAuditLog(owner: pg.Pool, checkpoint?: Checkpoint): Promise<AuditVerification> {
  let previous: { position: bigint; hash: Buffer } = { position: 0n, hash: GENESIS_HASH };
  let firstBreak: ChainBreak | undefined;
  let hashAtCheckpoint: Buffer | undefined;
  for (;;) {
    const links = await page(owner, previous.position);
    if (links.length === 0) break;
    firstBreak = findChainBreak(links, previous);
    if (checkpoint)
      hashAtCheckpoint ??= links.find((link) => link.position === checkpoint.position)?.entryHash;
    if (firstBreak) break;
    const last = links.at(-1)!;
    previous = { position: BigInt(last.position), hash: last.entryHash };
  }
  const [unsealed, orphans] = await Promise.all([unsealedStats(owner), orphanCount(owner)]);
  const head =
    previous.position > 0n
      ? { position: String(previous.position), entryHash: previous.hash.toString('hex') }
      : undefined;
  const verdict = checkpoint && judgeCheckpoint(checkpoint, previous.position, hashAtCheckpoint);
  const ok = !firstBreak && orphans === 0 && (verdict === undefined || verdict === 'consistent');
  return { ok, sealed: Number(previous.position), head, firstBreak, unsealed, orphans, checkpoint: verdict };
}

function judgeCheckpoint(checkpoint: Checkpoint, headPosition: bigint, hashThere: Buffer | undefined) {
  if (!checkpointSignatureValid(checkpoint)) return 'bad_signature';
  if (headPosition < BigInt(checkpoint.position) || !hashThere) return 'truncated';
  return hashThere.toString('hex') === checkpoint.entryHash ? 'consistent' : 'rewritten';
}

async function page(owner: pg.Pool, after: bigint): Promise<LinkRow[]> {
  const result = await owner.query(
    `SELECT c.position::text AS position, c.previous_hash, c.entry_hash, e.id IS NOT NULL AS present, ${ENTRY_FIELDS_SQL}
     FROM audit_chain c LEFT JOIN audit_entries e ON e.id = c.entry_id
     WHERE c.position > $1 ORDER BY c.position LIMIT $2`,
    [String(after), PAGE],
  );
  return result.rows.map(({ position, previous_hash, entry_hash, present, ...entry }) => ({
    position,
    previousHash: previous_hash,
    entryHash: entry_hash,
    entryPresent: present,
    entry: present ? entry : undefined,
  }));
}

async function unsealedStats(owner: pg.Pool) {
  const { count, oldestSeconds } = await unsealedEntries(owner);
  return { count, oldestSeconds: Math.round(oldestSeconds * 10) / 10 };
}

async function orphanCount(owner: pg.Pool): Promise<number> {
  const result = await owner.query(
    `SELECT count(*)::int AS n FROM audit_entries e
     WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.entry_id = e.id)
       AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.entry_id = e.id)`,
  );
  return result.rows[0].n;
}
