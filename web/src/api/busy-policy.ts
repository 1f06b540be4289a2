/**
 * What the web app does when the API says "not now": 429 (this account or address sent too many
 * requests) or 503 (the server is saturated), each with Retry-After. Pure, so the rules are tested
 * without a browser; `client.ts` applies them.
 */

/** The longest wait the app sits out on its own before a read; past it the reader decides. */
export const MAX_AUTOMATIC_WAIT_SECONDS = 10;

export type BusyStatus = 429 | 503;

export const isBusyStatus = (status: number): status is BusyStatus => status === 429 || status === 503;

/** Problem codes whose message the app replaces by its own, which says when to try again. */
const BUSY_CODES = new Set(['rate_limited', 'service_overloaded']);

/**
 * Seconds to wait, from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable; a date already past is 0.
 */
export function retryAfterSeconds(header: string | null, now: Date): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  // HTTP dates always end in GMT; anything else Date.parse would guess at (it reads "-5" as a year).
  const at = value.endsWith('GMT') ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

export type RetryDecision = { retry: true; afterMs: number } | { retry: false };

/**
 * Only reads (GET) are repeated, once, and only when the server said how long to wait and that wait is
 * short: a write is never sent twice behind the reader's back, and a long wait is the reader's call.
 */
export function automaticRetry(
  method: string,
  status: number,
  waitSeconds: number | undefined,
  attempt: number,
): RetryDecision {
  const retry =
    method === 'GET' &&
    isBusyStatus(status) &&
    waitSeconds !== undefined &&
    waitSeconds <= MAX_AUTOMATIC_WAIT_SECONDS &&
    attempt === 0;
  return retry ? { retry, afterMs: waitSeconds * 1000 } : { retry: false };
}

export type BusyNotice = {
  title: 'rateLimitedTitle' | 'overloadedTitle';
  /** A refused write says that nothing was saved; a refused read does not need to. */
  detail: 'retryReadAt' | 'retryWriteAt';
  seconds: number;
  retryAt: Date;
};

/**
 * The app's own message for a refusal that says when to try again, or undefined to keep the server's
 * (a problem of another kind, such as sign-in throttling, which explains its own cause).
 */
export function busyNotice(answer: {
  method: string;
  status: number;
  code: string | undefined;
  waitSeconds: number | undefined;
  now: Date;
}): BusyNotice | undefined {
  const { status, code, waitSeconds } = answer;
  if (!isBusyStatus(status) || waitSeconds === undefined) return undefined;
  if (code !== undefined && !BUSY_CODES.has(code)) return undefined;
  return {
    title: status === 429 ? 'rateLimitedTitle' : 'overloadedTitle',
    detail: answer.method === 'GET' ? 'retryReadAt' : 'retryWriteAt',
    seconds: waitSeconds,
    retryAt: new Date(answer.now.getTime() + waitSeconds * 1000),
  };
}
