import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Database } from '../../platform/db/database.ts';
import { addPerson } from '../cases/add-person.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { openCase } from '../cases/open-case.ts';
import { shareCase } from '../cases/share-case.ts';
import { recordScreening } from '../screening/record-screening.ts';
import { DEMO_CASES } from './demo-cases.ts';

/**
 * Opens the synthetic demo cases through the same use-cases as any user (row-level security, audit,
 * field encryption), acting as each case's demo account. Skipped when the database already has cases.
 */
export async function loadDemoCases(database: Database, keyRing: KeyRing): Promise<number> {
  const existing = await database.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  if ((existing.rows[0]?.n ?? 0) > 0) return 0;
  for (const demo of DEMO_CASES) {
    const caller = await callerFor(database, demo.account);
    const opened = await openCase(database.db, caller, {
      stateCode: demo.stateCode,
      municipality: demo.municipality,
      openedOn: demo.openedOn,
    });
    const people = [];
    for (const person of demo.people)
      people.push(await addPerson(database.db, keyRing, caller, opened.id, person));
    if (demo.screening) {
      await recordScreening(database.db, caller, opened.id, {
        personId: people[0]!.id,
        facts: demo.screening,
      });
    }
    if (demo.shareWith) {
      await shareCase(database.db, caller, opened.id, {
        agencyCode: demo.shareWith.agency,
        reason: demo.shareWith.reason,
      });
    }
  }
  return DEMO_CASES.length;
}

async function callerFor(database: Database, username: string): Promise<CaseCaller> {
  const found = await database.owner.query(
    `SELECT u.id, u.agency_id, coalesce(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
     FROM users u LEFT JOIN user_roles r ON r.user_id = u.id WHERE u.username = $1 GROUP BY u.id`,
    [username],
  );
  const row = found.rows[0];
  if (!row) throw new Error(`demo account ${username} is missing`);
  return { userId: row.id, agencyId: row.agency_id, roles: row.roles, requestId: 'demo-load' };
}
