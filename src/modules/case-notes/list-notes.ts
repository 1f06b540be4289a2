import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { mayReadGroup } from '../case-records/record-access.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { NoteView } from './contract.ts';
import { noteRecord } from './note-record.ts';

/**
 * The notes of a case the caller may read, oldest first. Every note whose text is returned gets its own
 * audit entry, so the log answers "who read this note" without knowing which list it was in.
 */
export async function listNotes(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  caseId: string,
  personId: string | undefined,
): Promise<{ items: NoteView[] }> {
  return withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'case.read');
    const scope = { trx, caseId, caller, keyRing: deps.keyRing };
    const notes = await noteRecord.list(scope, { personId });
    const items = notes.filter((note) => mayReadGroup(caller, relation, note.fieldGroup));
    for (const note of items) {
      await recordAudit(trx, {
        action: 'case_note.read',
        recordType: 'case_note',
        recordId: note.id,
        details: { caseId, fieldGroup: note.fieldGroup },
      });
    }
    return { items };
  });
}
