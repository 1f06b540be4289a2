import type { StateCode } from '../catalog/states.ts';
import type { Authority } from './contract.ts';

/** An authority that can own a case; a state prosecutor is named together with its state. */
export type Owner = { authority: Authority; state: StateCode | null };

/** One authority asks another to take a case over (state ↔ federal, state ↔ state). */
export type TransferRequest = {
  id: string;
  from: Owner;
  to: Owner;
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
  return a.authority === b.authority && a.state === b.state;
}

function checkOwner(owner: Owner): void {
  const needsState = owner.authority === 'STATE_PROSECUTOR';
  if (needsState !== (owner.state !== null)) {
    throw new JurisdictionRuleError('A state prosecutor is named with its state; a federal unit without one');
  }
}

export function requestTransfer(input: {
  id: string;
  from: Owner;
  to: Owner;
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
