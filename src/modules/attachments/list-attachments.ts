import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { mayReadGroup } from '../case-records/record-access.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { attachmentViews } from './attachment-store.ts';
import type { AttachmentView } from './contract.ts';

/**
 * The files of a case the caller may read, without their content. A file's name can identify its
 * subject ("acta de nacimiento de …"), so listing is audited, naming the files shown.
 */
export async function listAttachments(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  caseId: string,
  personId: string | undefined,
): Promise<{ items: AttachmentView[] }> {
  return withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const all = await attachmentViews(trx, deps.keyRing, caseId, { personId });
    const items = all.filter((file) => mayReadGroup(caller, relation, file.fieldGroup));
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { part: 'attachments', attachmentIds: items.map((file) => file.id) },
    });
    return { items };
  });
}
