import type { Kysely } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { CaseJurisdiction } from './case-contract.ts';
import { timelineEvents } from './case-timeline.ts';
import { isoDuration } from './iso-duration.ts';
import { type AgencyEntry, decisionHistory, loadAgencies, visibleTimelines } from './store.ts';
import { replayJurisdiction } from './timeline.ts';

/**
 * Where a case stands: its decisions, its owner, an open transfer and the time spent undetermined and
 * in dispute so far, all replayed from what is stored. Readable by whoever may read the case.
 */
export async function readCaseJurisdiction(
  db: Kysely<Schema>,
  caller: CaseCaller,
  caseId: string,
): Promise<CaseJurisdiction> {
  return withActor(db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'case.read');
    const [found] = await visibleTimelines(trx, { caseId });
    if (!found) throw notFound();
    const agencies = await loadAgencies(trx);
    const history = await decisionHistory(trx, caseId);
    const asOf = new Date().toISOString();
    const clock = replayJurisdiction(timelineEvents(found.timeline, agencies), asOf);
    const open = clock.openTransfer;
    return {
      caseId,
      owner: agencyRef(agencies, clock.owner.agency),
      current: history[0] ?? null,
      history,
      openTransfer: open && {
        id: open.request.id,
        from: agencyRef(agencies, open.request.from.agency),
        to: agencyRef(agencies, open.request.to.agency),
        reason: open.request.reason,
        requestedAt: open.request.requestedAt,
        respondBy: new Date(open.request.respondBy).toISOString(),
        overdue: open.overdue,
        escalated: open.escalated,
      },
      clocks: {
        asOf,
        undetermined: { ms: clock.undeterminedMs, duration: isoDuration(clock.undeterminedMs) },
        disputed: { ms: clock.disputedMs, duration: isoDuration(clock.disputedMs) },
      },
    };
  });
}

function agencyRef(agencies: ReadonlyMap<string, AgencyEntry>, id: string | undefined) {
  const agency = id === undefined ? undefined : agencies.get(id);
  if (!agency) throw new Error('A jurisdiction timeline names an agency that is not in the directory');
  return { code: agency.code, name: agency.name };
}
