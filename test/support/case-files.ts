import type pg from 'pg';
import type { Role } from '../../src/platform/access/roles.ts';
import type { AccessBed } from './access-bed.ts';
import { agency } from './sessions.ts';

type Session = Awaited<ReturnType<AccessBed['signedIn']>>;

/**
 * Who plays which part in the note and attachment tests: a Puebla case worked by its prosecutor and
 * case worker, shared with a shelter; another state's prosecutor and the roles that never see cases.
 */
export async function caseFileCast(bed: AccessBed) {
  const shelter = await agency(bed.database, 'REFUGIO-ARCHIVOS', {
    type: 'shelter',
    level: 'state',
    state: 'PUE',
    sector: 'ngo',
  });
  const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  const caseWorker = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
  const shelterStaff = await bed.signedIn(shelter, ['shelter_staff']);
  const outsiders: Record<string, Session> = {
    'another state prosecutor': await bed.signedIn(bed.agencies.chiapas, ['prosecutor']),
  };
  for (const role of ['statistician', 'auditor', 'administrator'] as Role[]) {
    outsiders[role] = await bed.signedIn(bed.agencies.puebla, [role]);
  }
  return { prosecutor, caseWorker, shelterStaff, outsiders };
}

/** Audit entries of one action on one record, as the owner sees them. */
export async function auditCount(owner: pg.Pool, action: string, recordId: string): Promise<number> {
  const found = await owner.query(
    'SELECT count(*)::int AS n FROM audit_entries WHERE action = $1 AND record_id = $2',
    [action, recordId],
  );
  return found.rows[0].n;
}

/** Runs `work` as the application role with an actor, in a transaction that is always rolled back. */
export async function asAppActor<T>(
  app: pg.Pool,
  actor: { userId: string; agencyId: string; roles: readonly Role[] },
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await app.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('enlace.user_id', $1, true), set_config('enlace.agency_id', $2, true),
              set_config('enlace.roles', $3, true)`,
      [actor.userId, actor.agencyId, actor.roles.join(',')],
    );
    return await work(client);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}
