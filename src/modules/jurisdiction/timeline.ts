import type { JurisdictionDecision } from './contract.ts';
import { instant, JurisdictionRuleError, type Owner, sameOwner, type TransferRequest } from './transfers.ts';

type Decision = JurisdictionDecision['decision'];

/** What happened to a case's jurisdiction, in any order; the clock sorts by time. */
export type JurisdictionEvent =
  | { type: 'opened'; at: string; owner: Owner; decision: Decision }
  | { type: 'decided'; at: string; decision: Decision }
  | { type: 'transfer_requested'; at: string; request: TransferRequest }
  | { type: 'transfer_accepted'; at: string; requestId: string }
  | { type: 'transfer_rejected'; at: string; requestId: string; reason: string }
  | { type: 'transfer_withdrawn'; at: string; requestId: string }
  | { type: 'escalated'; at: string; requestId: string };

export type OpenTransfer = { request: TransferRequest; overdue: boolean; escalated: boolean };

export type JurisdictionClock = {
  /** A case has exactly one owning authority at all times, undetermined or not. */
  owner: Owner;
  decision: Decision;
  openTransfer: OpenTransfer | null;
  /** The deadline passed with no answer and no supervisor has been told yet. */
  escalationDue: boolean;
  undeterminedMs: number;
  disputedMs: number;
};

type State = Omit<JurisdictionClock, 'escalationDue' | 'openTransfer'> & {
  open: { request: TransferRequest; escalated: boolean } | null;
};

/** The case's jurisdiction as of `asOf`, from its events; events after `asOf` are not yet counted. */
export function replayJurisdiction(events: readonly JurisdictionEvent[], asOf: string): JurisdictionClock {
  const now = instant(asOf);
  const ordered = events
    .map((event, index) => ({ event, index, time: instant(event.at) }))
    .filter(({ time }) => time <= now)
    .sort((a, b) => a.time - b.time || a.index - b.index);
  const first = ordered[0]?.event;
  if (first?.type !== 'opened')
    throw new JurisdictionRuleError('A case timeline starts with the case being opened');
  let state: State = {
    owner: first.owner,
    decision: first.decision,
    open: null,
    undeterminedMs: 0,
    disputedMs: 0,
  };
  let cursor = instant(first.at);
  for (const { event, time } of ordered.slice(1)) {
    state = elapse(state, time - cursor);
    cursor = time;
    state = apply(state, event);
  }
  state = elapse(state, now - cursor);
  const open = state.open;
  const overdue = open !== null && now > instant(open.request.respondBy);
  return {
    owner: state.owner,
    decision: state.decision,
    openTransfer: open && { request: open.request, overdue, escalated: open.escalated },
    escalationDue: overdue && !open?.escalated,
    undeterminedMs: state.undeterminedMs,
    disputedMs: state.disputedMs,
  };
}

function elapse(state: State, ms: number): State {
  return {
    ...state,
    undeterminedMs: state.undeterminedMs + (state.decision === 'undetermined' ? ms : 0),
    disputedMs: state.disputedMs + (state.open ? ms : 0),
  };
}

function apply(state: State, event: JurisdictionEvent): State {
  switch (event.type) {
    case 'opened':
      throw new JurisdictionRuleError('A case is opened only once');
    case 'decided':
      return { ...state, decision: event.decision };
    case 'transfer_requested':
      if (state.open)
        throw new JurisdictionRuleError('Answer the open transfer request before making another');
      if (!sameOwner(event.request.from, state.owner)) {
        throw new JurisdictionRuleError('Only the authority that owns the case can hand it over');
      }
      return { ...state, open: { request: event.request, escalated: false } };
    case 'transfer_accepted': {
      const { request } = openRequest(state, event.requestId);
      const decision = request.to.authority === 'STATE_PROSECUTOR' ? 'state' : 'federal';
      return { ...state, owner: request.to, decision, open: null };
    }
    case 'transfer_rejected':
    case 'transfer_withdrawn':
      openRequest(state, event.requestId);
      return { ...state, open: null };
    case 'escalated': {
      const open = openRequest(state, event.requestId);
      if (instant(event.at) <= instant(open.request.respondBy)) {
        throw new JurisdictionRuleError('A transfer request escalates only after its deadline');
      }
      return { ...state, open: { ...open, escalated: true } };
    }
  }
}

function openRequest(state: State, requestId: string): NonNullable<State['open']> {
  if (state.open?.request.id !== requestId)
    throw new JurisdictionRuleError(`No open transfer request ${requestId}`);
  return state.open;
}
