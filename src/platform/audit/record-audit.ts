import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../db/schema.ts';

/**
 * One audited act. Never put personal data here: name the record by id, the fields by name, and keep
 * values out; `reason` is the actor's own justification where one is required.
 */
export type AuditEvent = {
  action: string;
  recordType?: string;
  recordId?: string;
  reason?: string;
  details?: Record<string, unknown>;
};

/** The insert of one entry; its actor and request come from the transaction's `enlace.*` settings. */
export const auditInsert = (db: Kysely<Schema>, event: AuditEvent) =>
  db.insertInto('audit_entries').values({
    action: event.action,
    record_type: event.recordType ?? null,
    record_id: event.recordId ?? null,
    reason: event.reason ?? null,
    details: JSON.stringify(event.details ?? {}),
  });

/** Writes the entry inside the caller's transaction: the act and its record commit or vanish together. */
export async function recordAudit(trx: Transaction<Schema>, event: AuditEvent): Promise<void> {
  await auditInsert(trx, event).execute();
}

/** Many audited acts of one transaction in one statement (an import), in the order given. */
export async function recordAudits(trx: Transaction<Schema>, events: readonly AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto('audit_entries')
    .values(
      events.map((event) => ({
        action: event.action,
        record_type: event.recordType ?? null,
        record_id: event.recordId ?? null,
        reason: event.reason ?? null,
        details: JSON.stringify(event.details ?? {}),
      })),
    )
    .execute();
}
