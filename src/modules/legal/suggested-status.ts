import { CASE_STATUSES, type CaseStatus } from '../cases/schema.ts';

/** What the legal track of a case holds, counted. */
export type LegalTrackFacts = {
  investigations: number;
  prosecutions: number;
  charges: number;
  /** Charges the court has decided (conviction or acquittal). */
  decidedCharges: number;
};

/**
 * The status the legal track points to, when it is ahead of the case's own. Legal events never change
 * the status by themselves: the status is a prosecutorial act with its own rules (status-change.ts),
 * so this is offered to the reader, who changes it through PATCH /cases/:caseId. Nothing is suggested
 * for a closed case, nor backwards.
 */
export function suggestedStatus(current: CaseStatus, facts: LegalTrackFacts): CaseStatus | null {
  if (current === 'closed') return null;
  const reached = statusReached(facts);
  if (reached === null) return null;
  return CASE_STATUSES.indexOf(reached) > CASE_STATUSES.indexOf(current) ? reached : null;
}

function statusReached(facts: LegalTrackFacts): CaseStatus | null {
  if (facts.charges > 0 && facts.decidedCharges >= facts.charges) return 'sentenced';
  // Some charges decided and others not: the trial goes on for the rest.
  if (facts.decidedCharges > 0) return 'trial';
  if (facts.prosecutions > 0 || facts.charges > 0) return 'prosecution';
  if (facts.investigations > 0) return 'investigation';
  return null;
}
