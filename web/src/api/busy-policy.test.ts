import { describe, expect, it } from 'vitest';
import { automaticRetry, busyNotice, MAX_AUTOMATIC_WAIT_SECONDS, retryAfterSeconds } from './busy-policy.ts';

const NOW = new Date('2026-03-02T16:00:00Z');

describe('retryAfterSeconds', () => {
  it.each([
    ['delta-seconds', '5', 5],
    ['zero', '0', 0],
    ['surrounding spaces', ' 42 ', 42],
    ['an HTTP date 30 s ahead', 'Mon, 02 Mar 2026 16:00:30 GMT', 30],
    [
      'an HTTP date with a fraction of a second left rounds up',
      new Date(NOW.getTime() + 1_200).toUTCString(),
      1,
    ],
    ['an HTTP date already past', 'Mon, 02 Mar 2026 15:59:00 GMT', 0],
    ['absent', null, undefined],
    ['empty', '', undefined],
    ['negative', '-5', undefined],
    ['a fraction', '1.5', undefined],
    ['words', 'soon', undefined],
  ])('%s', (_case, header, expected) => {
    expect(retryAfterSeconds(header, NOW)).toBe(expected);
  });
});

describe('automaticRetry', () => {
  it.each([
    ['a read refused for too many requests', 'GET', 429, 3, 0, { retry: true, afterMs: 3_000 }],
    ['a read refused by an overloaded server', 'GET', 503, 5, 0, { retry: true, afterMs: 5_000 }],
    [
      'a read told to wait the longest automatic wait',
      'GET',
      429,
      MAX_AUTOMATIC_WAIT_SECONDS,
      0,
      { retry: true, afterMs: MAX_AUTOMATIC_WAIT_SECONDS * 1000 },
    ],
    ['a read told to wait longer', 'GET', 429, MAX_AUTOMATIC_WAIT_SECONDS + 1, 0, { retry: false }],
    ['a read already retried once', 'GET', 503, 5, 1, { retry: false }],
    ['a read without Retry-After', 'GET', 503, undefined, 0, { retry: false }],
    ['a read refused for another reason', 'GET', 500, 5, 0, { retry: false }],
    ['a read refused as forbidden', 'GET', 403, 5, 0, { retry: false }],
    ['a write (POST)', 'POST', 503, 1, 0, { retry: false }],
    ['a change (PATCH)', 'PATCH', 429, 1, 0, { retry: false }],
    ['a removal (DELETE)', 'DELETE', 503, 1, 0, { retry: false }],
    ['a replacement (PUT)', 'PUT', 503, 1, 0, { retry: false }],
  ] as const)('%s', (_case, method, status, wait, attempt, expected) => {
    expect(automaticRetry(method, status, wait, attempt)).toEqual(expected);
  });
});

describe('busyNotice', () => {
  const answer = { method: 'GET', status: 429, code: 'rate_limited', waitSeconds: 42, now: NOW };

  it.each([
    ['a read over the account limit', {}, { title: 'rateLimitedTitle', detail: 'retryReadAt' }],
    [
      'a write over the account limit',
      { method: 'POST' },
      { title: 'rateLimitedTitle', detail: 'retryWriteAt' },
    ],
    [
      'a read of an overloaded server',
      { status: 503, code: 'service_overloaded' },
      { title: 'overloadedTitle', detail: 'retryReadAt' },
    ],
    [
      'a write to an overloaded server',
      { method: 'PATCH', status: 503, code: 'service_overloaded' },
      { title: 'overloadedTitle', detail: 'retryWriteAt' },
    ],
    [
      'a refusal without a problem body (a proxy)',
      { status: 503, code: undefined },
      { title: 'overloadedTitle', detail: 'retryReadAt' },
    ],
  ] as const)('%s says when to try again', (_case, changes, expected) => {
    expect(busyNotice({ ...answer, ...changes })).toEqual({
      ...expected,
      seconds: 42,
      retryAt: new Date('2026-03-02T16:00:42Z'),
    });
  });

  it.each([
    ['sign-in throttling, which explains its own cause', { method: 'POST', code: 'sign_in_throttled' }],
    ['an unavailable database', { status: 503, code: 'service_unavailable' }],
    ['no Retry-After', { waitSeconds: undefined }],
    ['another status', { status: 500, code: 'internal_error' }],
  ] as const)('keeps the server message for %s', (_case, changes) => {
    expect(busyNotice({ ...answer, ...changes })).toBeUndefined();
  });
});
