import type { JurisdictionDecision } from './contract.ts';
import { type AgencyFacts, competentOwnerOf, ownerOf } from './owners.ts';
import type { JurisdictionEvent } from './timeline.ts';
import { instant } from './transfers.ts';

export type StoredTransfer = {
  id: string;
  from: string;
  to: string;
  reason: string;
  requestedAt: string;
  respondBy: string;
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn';
  respondedAt: string | null;
  responseReason: string | null;
  escalatedAt: string | null;
};

/** One case's jurisdiction records as stored (view `jurisdiction_timelines`), agencies named by id. */
export type StoredTimeline = {
  openedAt: string;
  openedBy: string;
  decisions: { at: string; decision: JurisdictionDecision['decision'] }[];
  transfers: StoredTransfer[];
};

const iso = (time: number) => new Date(time).toISOString();

/**
 * The events `replayJurisdiction` reads. Stored times are each transaction's start, so an act that
 * waited on another (an answer on its request, a request on the previous answer, an acceptance on the
 * sweep's lock) can carry an earlier time than the act it followed; each event is therefore placed
 * no earlier than what it depends on. Escalations also stay strictly after their deadline, which
 * millisecond rounding could otherwise reach.
 */
export function timelineEvents(
  stored: StoredTimeline,
  agencies: ReadonlyMap<string, AgencyFacts>,
): JurisdictionEvent[] {
  const agency = (id: string) => {
    const found = agencies.get(id);
    if (!found) throw new Error(`Unknown agency ${id} in a jurisdiction timeline`);
    return found;
  };
  const opened = instant(stored.openedAt);
  const events: JurisdictionEvent[] = [
    { type: 'opened', at: iso(opened), owner: ownerOf(agency(stored.openedBy)), decision: 'undetermined' },
    ...stored.decisions.map(({ at, decision }) => ({
      type: 'decided' as const,
      at: iso(Math.max(instant(at), opened)),
      decision,
    })),
  ];
  let floor = opened;
  const byRequest = [...stored.transfers].sort((a, b) => instant(a.requestedAt) - instant(b.requestedAt));
  for (const transfer of byRequest) {
    const requestedAt = Math.max(instant(transfer.requestedAt), floor);
    const request = {
      id: transfer.id,
      from: ownerOf(agency(transfer.from)),
      to: competentOwnerOf(agency(transfer.to)),
      reason: transfer.reason,
      requestedAt: iso(requestedAt),
      respondBy: transfer.respondBy,
    };
    events.push({ type: 'transfer_requested', at: request.requestedAt, request });
    floor = requestedAt;
    if (transfer.escalatedAt) {
      floor = Math.max(instant(transfer.escalatedAt), instant(transfer.respondBy) + 1, floor);
      events.push({ type: 'escalated', at: iso(floor), requestId: transfer.id });
    }
    if (transfer.status !== 'pending') {
      floor = Math.max(instant(transfer.respondedAt ?? transfer.requestedAt), floor);
      events.push(answerEvent(transfer, transfer.status, iso(floor)));
    }
  }
  return events;
}

function answerEvent(
  transfer: StoredTransfer,
  status: Exclude<StoredTransfer['status'], 'pending'>,
  at: string,
): JurisdictionEvent {
  const requestId = transfer.id;
  switch (status) {
    case 'accepted':
      return { type: 'transfer_accepted', at, requestId };
    case 'declined':
      return { type: 'transfer_rejected', at, requestId, reason: transfer.responseReason ?? '' };
    case 'withdrawn':
      return { type: 'transfer_withdrawn', at, requestId };
  }
}
