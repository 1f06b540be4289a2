import type { ReferralStatus } from './vocabulary.ts';

/** The sending side (who may change the case) or the provider the referral was sent to. */
export type Side = 'sender' | 'provider';

const BOTH: readonly Side[] = ['sender', 'provider'];

/**
 * Proposed → sent → accepted / declined → started → completed; the sender may withdraw until it is
 * completed, and either side records that the survivor declined. Anything else, including accepting
 * twice, is refused; a finished referral never moves again.
 */
const MOVES: Record<ReferralStatus, Partial<Record<ReferralStatus, readonly Side[]>>> = {
  proposed: { sent: ['sender'], withdrawn: ['sender'] },
  sent: { accepted: ['provider'], declined: ['provider'], withdrawn: ['sender'] },
  accepted: { started: ['provider'], withdrawn: ['sender'], survivor_declined: BOTH },
  started: { completed: ['provider'], withdrawn: ['sender'], survivor_declined: BOTH },
  declined: {},
  completed: {},
  withdrawn: {},
  survivor_declined: {},
};

/** Whether one of the caller's sides may move a referral from `from` to `to`. */
export const mayMove = (from: ReferralStatus, to: ReferralStatus, sides: readonly Side[]): boolean =>
  (MOVES[from][to] ?? []).some((side) => sides.includes(side));

/** Moves a reader must understand: a refusal, a withdrawal, a survivor's choice. */
export const REASON_REQUIRED: readonly ReferralStatus[] = ['declined', 'withdrawn', 'survivor_declined'];

/** Moves the other side is told about. */
export const ANSWERS: readonly ReferralStatus[] = [
  'accepted',
  'declined',
  'started',
  'completed',
  'survivor_declined',
];
