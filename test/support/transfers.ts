import type { signedInClient } from './sessions.ts';
import type { TestDatabase } from './test-database.ts';

type Client = Awaited<ReturnType<typeof signedInClient>>;

/** A Puebla case opened by `prosecutor` and a pending request to hand it to another authority. */
export async function caseWithTransfer(prosecutor: Client, toAgencyCode = 'FEVIMTRA') {
  const caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id as string;
  const requested = await prosecutor.call('POST', `/api/v1/cases/${caseId}/transfers`, {
    toAgencyCode,
    reason: 'Servidor público involucrado: competencia federal',
  });
  if (requested.status !== 201) throw new Error(`transfer not requested: ${JSON.stringify(requested.body)}`);
  return { caseId, transferId: requested.body.id as string };
}

/** Moves a case and its pending request back in time, so that the request's deadline passed a day ago. */
export async function makeOverdue(database: TestDatabase, caseId: string, transferId: string) {
  await database.owner.query(`UPDATE cases SET created_at = now() - interval '5 days' WHERE id = $1`, [
    caseId,
  ]);
  await database.owner.query(
    `UPDATE case_transfers SET requested_at = now() - interval '4 days', respond_by = now() - interval '1 day'
     WHERE id = $1`,
    [transferId],
  );
}
