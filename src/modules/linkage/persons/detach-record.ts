import type { Kysely } from 'kysely';
import type { Detachment } from '../../../contracts/linkage.ts';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { type Actor, withActor } from '../../../platform/db/with-actor.ts';
import { notFound, ProblemError } from '../../../platform/http/problem.ts';
import { requireVersion, versionConflict } from '../../../platform/http/versioning.ts';
import { refreshLinkage } from '../database/refresh-linkage.ts';
import { requireClusterReviewer } from './cluster-reviewer.ts';
import { findDetachment, findPersonCluster } from './cluster-view.ts';

export type DetachInput = { personId: string; reason: string };

/**
 * Takes one record out of its person: the detachment is recorded and audited with the cluster's new
 * version in the reviewer's transaction; the linkage actor then decides "different" between the record
 * and every other record of the cluster and redraws it, at once (should that run fail, the next sweep
 * applies the detachment). The answer says where the other records are now.
 */
export async function detachRecord(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: Actor & { userId: string },
  target: { clusterId: string; expectedVersion: number },
  input: DetachInput,
): Promise<Detachment> {
  requireClusterReviewer(caller);
  const detachmentId = await withActor(deps.db, caller, async (trx) => {
    const cluster = await findPersonCluster(trx, target.clusterId);
    requireVersion(cluster.version, target.expectedVersion);
    const visible = await trx
      .selectFrom('people')
      .select('id')
      .where('id', '=', input.personId)
      .executeTakeFirst();
    if (!visible) throw notFound();
    if (!cluster.records.some((record) => record.personId === input.personId)) {
      throw new ProblemError(422, 'record_not_in_cluster');
    }
    if (cluster.records.length < 2) throw new ProblemError(422, 'record_already_alone');
    const active = await trx
      .selectFrom('linkage_detachments')
      .select('id')
      .where('person_id', '=', input.personId)
      .where('undone_at', 'is', null)
      .executeTakeFirst();
    if (active) throw new ProblemError(409, 'record_already_detached');
    const moved = await trx
      .updateTable('person_clusters')
      .set({ version: cluster.version + 1 })
      .where('id', '=', target.clusterId)
      .where('version', '=', cluster.version)
      .returning('version')
      .executeTakeFirst();
    if (!moved) throw versionConflict(cluster.version + 1, target.expectedVersion);
    const { id } = await trx
      .insertInto('linkage_detachments')
      .values({
        person_id: input.personId,
        from_cluster_id: target.clusterId,
        reason: input.reason,
        detached_by: caller.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: 'linkage.detach',
      recordType: 'person_cluster',
      recordId: target.clusterId,
      reason: input.reason,
      details: { detachmentId: id, personId: input.personId, recordsSeen: cluster.records.length },
    });
    return id;
  });
  await refreshLinkage(deps.db, deps.keyRing);
  return withActor(deps.db, caller, (trx) => findDetachment(trx, detachmentId));
}
