import type { StateCode } from '../catalog/states.ts';
import type { Authority } from './contract.ts';

/**
 * Who owns a case. A competent authority names what it is (a state prosecutor with its state, a federal
 * unit without one); an institution that opened a case without being competent for it (migration, a
 * consulate) holds it with `authority: null` until it hands it over. `agency` tells apart two
 * institutions of the same kind.
 */
export type Owner = { authority: Authority | null; state: StateCode | null; agency?: string };

/** Cases are handed over to competent authorities only. */
export type CompetentOwner = Owner & { authority: Authority };

/** One authority asks another to take a case over (state ↔ federal, state ↔ state). */
export type TransferRequest = {
  id: string;
  from: Owner;
  to: CompetentOwner;
  reason: string;
  requestedAt: string;
  /** After this instant an unanswered request escalates to a supervisor. */
  respondBy: string;
};

/**
 * A placeholder policy, not a legal term: the seed says delays "while authorities determined which
 * prosecutors had jurisdiction" harmed cases and victims, but names no deadline. Configure per deployment.
 */
export const DEFAULT_RESPONSE_HOURS = 72;

const HOUR_MS = 3_600_000;

export class JurisdictionRuleError extends Error {
  override name = 'JurisdictionRuleError';
}

export function instant(iso: string): number {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new JurisdictionRuleError(`Not a date and time: ${iso}`);
  return time;
}

export function sameOwner(a: Owner, b: Owner): boolean {
  return a.authority === b.authority && a.state === b.state && a.agency === b.agency;
}

function checkOwner(owner: Owner): void {
  if (owner.authority === null) return;
  const needsState = owner.authority === 'STATE_PROSECUTOR';
  if (needsState !== (owner.state !== null)) {
    throw new JurisdictionRuleError('A state prosecutor is named with its state; a federal unit without one');
  }
}

export function requestTransfer(input: {
  id: string;
  from: Owner;
  to: CompetentOwner;
  reason: string;
  requestedAt: string;
  responseHours?: number;
}): TransferRequest {
  const { id, from, to, requestedAt, responseHours = DEFAULT_RESPONSE_HOURS } = input;
  const reason = input.reason.trim();
  checkOwner(from);
  checkOwner(to);
  if (sameOwner(from, to)) throw new JurisdictionRuleError('A transfer must go to another authority');
  if (reason === '') throw new JurisdictionRuleError('A transfer request needs a reason');
  if (!(responseHours > 0)) throw new JurisdictionRuleError('The response time must be positive');
  const respondBy = new Date(instant(requestedAt) + responseHours * HOUR_MS).toISOString();
  return { id, from, to, reason, requestedAt, respondBy };
}
