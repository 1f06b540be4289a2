import type { Kysely } from 'kysely';
import type { PersonCluster } from '../../../contracts/linkage.ts';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { type Actor, withActor } from '../../../platform/db/with-actor.ts';
import { requireClusterReviewer } from './cluster-reviewer.ts';
import { findPersonCluster } from './cluster-view.ts';

/** One person's records and the evidence between them; audited, as it says which records are one person. */
export async function readPersonCluster(
  db: Kysely<Schema>,
  caller: Actor,
  clusterId: string,
): Promise<PersonCluster> {
  requireClusterReviewer(caller);
  return withActor(db, caller, async (trx) => {
    const cluster = await findPersonCluster(trx, clusterId);
    await recordAudit(trx, {
      action: 'linkage.cluster_read',
      recordType: 'person_cluster',
      recordId: clusterId,
    });
    return cluster;
  });
}
