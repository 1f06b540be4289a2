import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFacts, findCase, findCaseWithAccessFacts } from '../../src/modules/cases/store.ts';
import type { Role } from '../../src/platform/access/roles.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { agency, userWithSession } from '../support/sessions.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * A case read takes the case and the facts of the caller's relation to it from one PL/pgSQL function
 * (migration 0038), and row-level security decides visibility through PL/pgSQL functions since then.
 * Each caller × case here is read both ways, as the application role: through the function, and through
 * the plain queries (`findCase`, `accessFacts`). They must agree, and the visibility table is written
 * out so that both agreeing on the wrong answer fails too.
 */
const CASES = [
  'owned',
  'shared',
  'walledShare',
  'expiredShare',
  'assigned',
  'breakGlass',
  'foreign',
] as const;
type CaseName = (typeof CASES)[number];
const CALLERS = ['pueblaProsecutor', 'pueblaSupervisor', 'fevimtraProsecutor', 'pueblaStatistician'] as const;
type CallerName = (typeof CALLERS)[number];

const VISIBLE: Record<CallerName, CaseName[]> = {
  pueblaProsecutor: ['owned', 'shared', 'walledShare', 'expiredShare', 'assigned'],
  pueblaSupervisor: ['owned', 'shared', 'walledShare', 'expiredShare', 'breakGlass'],
  fevimtraProsecutor: ['shared'],
  pueblaStatistician: [],
};

let database: TestDatabase;
const caseIds = {} as Record<CaseName, string>;
const callers = {} as Record<CallerName, { userId: string; agencyId: string; roles: Role[] }>;

beforeAll(async () => {
  database = await createTestDatabase();
  const puebla = await agency(database, 'FGE-PUE', {
    type: 'state_prosecutor',
    level: 'state',
    state: 'PUE',
  });
  const chiapas = await agency(database, 'FGE-CHP', {
    type: 'state_prosecutor',
    level: 'state',
    state: 'CHP',
  });
  const fevimtra = await agency(database, 'FEVIMTRA', {
    type: 'federal_prosecutor_trafficking',
    level: 'federal',
  });
  const user = async (name: CallerName, agencyId: string, roles: Role[]) => {
    const { id } = await userWithSession(database, {
      username: `usuario-${name.toLowerCase()}`,
      agencyId,
      roles,
    });
    callers[name] = { userId: id, agencyId, roles };
  };
  await user('pueblaProsecutor', puebla, ['prosecutor']);
  await user('pueblaSupervisor', puebla, ['supervisor']);
  await user('fevimtraProsecutor', fevimtra, ['prosecutor']);
  await user('pueblaStatistician', puebla, ['statistician']);
  for (const [index, name] of CASES.entries()) {
    const owner = ['assigned', 'breakGlass', 'foreign'].includes(name) ? chiapas : puebla;
    const created = await database.owner.query(
      `INSERT INTO cases (reference, opened_by_agency_id, owning_agency_id, state_code)
       VALUES ($1, $2, $2, 'PUE') RETURNING id`,
      [`FACTS-${index}`, owner],
    );
    caseIds[name] = created.rows[0].id;
  }
  const sharer = callers.pueblaSupervisor.userId;
  await database.owner.query(
    `INSERT INTO case_shares (case_id, agency_id, reason, shared_by, expires_at) VALUES
       ($1, $3, 'Atracción de la competencia', $4, NULL),
       ($2, $3, 'Atracción de la competencia', $4, NULL)`,
    [caseIds.shared, caseIds.walledShare, fevimtra, sharer],
  );
  await database.owner.query(
    `INSERT INTO case_shares (case_id, agency_id, reason, shared_by, shared_at, expires_at)
     VALUES ($1, $2, 'Colaboración ya concluida', $3, now() - interval '2 days', now() - interval '1 day')`,
    [caseIds.expiredShare, fevimtra, sharer],
  );
  await database.owner.query(
    `INSERT INTO case_walls (case_id, agency_id, cause) VALUES ($1, $2, 'official_suspect')`,
    [caseIds.walledShare, fevimtra],
  );
  await database.owner.query('INSERT INTO case_assignments (case_id, user_id) VALUES ($1, $2)', [
    caseIds.assigned,
    callers.pueblaProsecutor.userId,
  ]);
  await database.owner.query(
    `INSERT INTO break_glass_grants (case_id, user_id, reason, expires_at)
     VALUES ($1, $2, 'Riesgo inminente para la víctima identificada', now() + interval '1 hour')`,
    [caseIds.breakGlass, callers.pueblaSupervisor.userId],
  );
});

afterAll(async () => {
  await database?.close();
});

describe('a case with its access facts, from the function of migration 0038', () => {
  for (const callerName of CALLERS) {
    it(`agrees with the plain queries and the visibility table for ${callerName}`, async () => {
      const caller = callers[callerName];
      const seen: CaseName[] = [];
      for (const caseName of CASES) {
        const { fromFunction, fromQueries } = await withActor(database.db, caller, async (trx) => {
          const row = await findCase(trx, caseIds[caseName]);
          return {
            fromFunction: await findCaseWithAccessFacts(trx, caseIds[caseName], caller.userId),
            fromQueries: row && { row, facts: await accessFacts(trx, row, caller.userId) },
          };
        });
        expect(fromFunction, `${callerName} reading ${caseName}`).toEqual(fromQueries);
        if (fromFunction) seen.push(caseName);
      }
      expect(seen).toEqual(VISIBLE[callerName]);
    });
  }

  it('carries the facts that decide the relation', async () => {
    const read = (callerName: CallerName, caseName: CaseName) =>
      withActor(database.db, callers[callerName], (trx) =>
        findCaseWithAccessFacts(trx, caseIds[caseName], callers[callerName].userId),
      );
    const shared = await read('pueblaProsecutor', 'shared');
    expect(shared?.row).toMatchObject({ reference: 'FACTS-1', status: 'identification', version: 1 });
    expect(shared?.facts.sharedWithAgencyIds).toEqual([callers.fevimtraProsecutor.agencyId]);
    expect((await read('pueblaProsecutor', 'expiredShare'))?.facts.sharedWithAgencyIds).toEqual([]);
    expect((await read('pueblaProsecutor', 'assigned'))?.facts.assignedUserIds).toEqual([
      callers.pueblaProsecutor.userId,
    ]);
    expect((await read('pueblaSupervisor', 'breakGlass'))?.facts.breakGlassActive).toBe(true);
    expect((await read('pueblaProsecutor', 'breakGlass'))?.facts).toBeUndefined();
  });

  it('is not callable by roles of the database other than the application', async () => {
    const granted = await database.owner.query(
      `SELECT has_function_privilege('public', 'enlace_case_with_access_facts(uuid, uuid)', 'EXECUTE') AS public,
              has_function_privilege('enlace_app', 'enlace_case_with_access_facts(uuid, uuid)', 'EXECUTE') AS app`,
    );
    expect(granted.rows[0]).toEqual({ public: false, app: true });
  });
});
