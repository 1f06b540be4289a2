import type pg from 'pg';
import { verifyAuditLog } from '../../src/platform/audit/verify-log.ts';
import type { Ledger } from './crash-writers.ts';

export type Verification = {
  /** Acknowledged writes missing their row or their audit entry. */
  lostCases: string[];
  lostPeople: string[];
  /** Request ids of reads answered 200 without their committed `case.read` entry. */
  lostReads: string[];
  /** Rows or audit entries present without their other half, whoever wrote them. */
  halfPresent: Record<string, number>;
  auditChainOk: boolean;
  auditEntries: number;
};

/**
 * Every acknowledged case and person is there with its audit entry, and every answered read has its
 * entry; across the whole database no
 * write is half-done (a record without its audit entry or its history, an audit entry without its
 * record, a person without the identity every harness write carries); the audit chain verifies.
 */
export async function verifyWrites(superuser: pg.Pool, ledger: Ledger): Promise<Verification> {
  const lostCases = await missing(
    superuser,
    `SELECT id::text FROM unnest($1::uuid[]) AS acked(id)
     WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = acked.id)
        OR NOT EXISTS (SELECT 1 FROM audit_entries a WHERE a.action = 'case.open' AND a.record_id = acked.id::text)`,
    ledger.cases,
  );
  const lostPeople = await missing(
    superuser,
    `SELECT id::text FROM unnest($1::uuid[]) AS acked(id)
     WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id = acked.id)
        OR NOT EXISTS (SELECT 1 FROM audit_entries a WHERE a.action = 'person.add' AND a.record_id = acked.id::text)`,
    ledger.people.map((person) => person.id),
  );
  const lostReads = (
    await superuser.query<{ id: string }>(
      `SELECT acked.id FROM unnest($1::text[]) AS acked(id)
       WHERE NOT EXISTS (SELECT 1 FROM audit_entries a WHERE a.action = 'case.read' AND a.request_id = acked.id)`,
      [ledger.reads],
    )
  ).rows.map((row) => row.id);
  const halfPresent: Record<string, number> = {};
  for (const [name, sql] of Object.entries(HALF_PRESENT)) {
    halfPresent[name] = (await superuser.query(`SELECT count(*)::int AS n FROM (${sql}) AS found`)).rows[0].n;
  }
  const audit = await verifyAuditLog(superuser);
  return {
    lostCases,
    lostPeople,
    lostReads,
    halfPresent,
    auditChainOk: audit.ok && audit.orphans === 0,
    auditEntries: audit.sealed + audit.unsealed.count,
  };
}

async function missing(pool: pg.Pool, sql: string, ids: string[]): Promise<string[]> {
  return (await pool.query<{ id: string }>(sql, [ids])).rows.map((row) => row.id);
}

const HALF_PRESENT = {
  caseWithoutAudit: `SELECT 1 FROM cases c WHERE NOT EXISTS
    (SELECT 1 FROM audit_entries a WHERE a.action = 'case.open' AND a.record_id = c.id::text)`,
  caseWithoutHistory: `SELECT 1 FROM cases c WHERE NOT EXISTS
    (SELECT 1 FROM record_changes r WHERE r.record_type = 'case' AND r.record_id::text = c.id::text)`,
  caseAuditWithoutCase: `SELECT 1 FROM audit_entries a WHERE a.action = 'case.open'
    AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id::text = a.record_id)`,
  personWithoutAudit: `SELECT 1 FROM people p WHERE NOT EXISTS
    (SELECT 1 FROM audit_entries a WHERE a.action = 'person.add' AND a.record_id = p.id::text)`,
  personWithoutIdentity: `SELECT 1 FROM people p WHERE NOT EXISTS
    (SELECT 1 FROM person_identities i WHERE i.person_id = p.id)`,
  personAuditWithoutPerson: `SELECT 1 FROM audit_entries a WHERE a.action = 'person.add'
    AND NOT EXISTS (SELECT 1 FROM people p WHERE p.id::text = a.record_id)`,
} as const;

/** True when nothing acknowledged was lost and nothing is half-present. */
export const verificationPassed = (result: Verification): boolean =>
  result.lostCases.length === 0 &&
  result.lostPeople.length === 0 &&
  result.lostReads.length === 0 &&
  Object.values(result.halfPresent).every((count) => count === 0) &&
  result.auditChainOk;
