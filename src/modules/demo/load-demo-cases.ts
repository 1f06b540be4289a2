import { randomUUID } from 'node:crypto';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Database } from '../../platform/db/database.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { actAs } from '../cases/act-as.ts';
import { addPerson } from '../cases/add-person.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { openCase } from '../cases/open-case.ts';
import { shareCase } from '../cases/share-case.ts';
import { type RecordLine, recordLineSpec, requestOfLine } from '../exchange/record-lines.ts';
import { RECORD_WRITERS } from '../exchange/write-record-lines.ts';
import { recordScreening } from '../screening/record-screening.ts';
import { DEMO_CASES } from './demo-cases.ts';

/**
 * Opens the synthetic demo cases through the same use-cases as any user (row-level security, audit,
 * field encryption), acting as each case's demo account, with their exploitation, suspect roles, legal
 * track, protection and consent records. Skipped when the database already has cases.
 */
export async function loadDemoCases(database: Database, keyRing: KeyRing): Promise<number> {
  const existing = await database.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  if ((existing.rows[0]?.n ?? 0) > 0) return 0;
  for (const demo of DEMO_CASES) {
    const caller = await actAs(database, demo.account, 'demo-load');
    if (!caller) throw new Error(`demo account ${demo.account} is missing`);
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
    if (demo.records) {
      const ids = new Map(people.map((person, index) => [`p${index}`, person.id]));
      await writeDemoRecords({ db: database.db, keyRing }, caller, opened.id, ids, demo.records);
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

/**
 * A demo case's other records, through the same contracts and use-cases as an imported bundle's lines
 * (exchange/record-lines.ts): `p0`, `p1`… name its people, other names the records listed before.
 */
async function writeDemoRecords(
  deps: { db: Database['db']; keyRing: KeyRing },
  caller: CaseCaller,
  caseId: string,
  ids: Map<string, string>,
  records: readonly Record<string, unknown>[],
): Promise<void> {
  await withActor(deps.db, caller, async (trx) => {
    for (const fields of records) {
      const line = { ...fields, case: 'demo' } as RecordLine;
      const checked = requestOfLine(line);
      if (!checked.success) throw checked.error;
      const request = { ...checked.request };
      for (const { field, requestField } of recordLineSpec(line.type).references) {
        request[requestField] = ids.get(line[field] as string);
      }
      const recordId = randomUUID();
      ids.set(line.id, recordId);
      await RECORD_WRITERS[line.type](
        { trx, caller, caseId, keyRing: deps.keyRing },
        request,
        checked.extra,
        recordId,
      );
    }
  });
}
