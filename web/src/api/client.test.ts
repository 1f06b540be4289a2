import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { requestJson, requestNoContent } from './client.ts';
import { onSessionEnded } from './session-ended.ts';

// The real catalog module needs a browser (document, localStorage); keys and values stand in for text.
vi.mock('../i18n/i18n.ts', () => ({
  currentLanguage: () => 'es-MX',
  i18n: { t: (key: string, values?: object) => (values ? `${key} ${JSON.stringify(values)}` : key) },
}));

const problemBody = (status: number, code: string) =>
  JSON.stringify({ type: 'about:blank', title: 'Servidor', status, detail: 'Texto del servidor', code });

const busy = (
  status: number,
  retryAfter: string,
  code = status === 429 ? 'rate_limited' : 'service_overloaded',
) =>
  new Response(problemBody(status, code), {
    status,
    headers: { 'content-type': 'application/problem+json', 'retry-after': retryAfter },
  });

const ok = () =>
  new Response(JSON.stringify({ ok: true }), { headers: { 'content-type': 'application/json' } });

const answer = z.object({ ok: z.boolean() });
let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.useFakeTimers();
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a read the server refuses for a short while', () => {
  it('is sent once more after Retry-After, not before', async () => {
    fetchMock.mockResolvedValueOnce(busy(503, '5')).mockResolvedValueOnce(ok());
    const read = requestJson({ path: '/api/v1/cases' }, answer);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(read).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('is sent at most twice, then says when to try again', async () => {
    fetchMock.mockResolvedValueOnce(busy(429, '2')).mockResolvedValueOnce(busy(429, '7'));
    const read = requestJson({ path: '/api/v1/cases' }, answer).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(60_000);
    const error = await read;
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(error).toMatchObject({
      status: 429,
      problem: { code: 'rate_limited', title: 'errors.rateLimitedTitle' },
    });
    expect((error as Error).message).toMatch(/^errors\.retryReadAt \{"time":".+","seconds":7\}$/);
  });

  it('is not repeated when the wait is long', async () => {
    fetchMock.mockResolvedValueOnce(busy(429, '45'));
    const read = requestJson({ path: '/api/v1/cases' }, answer).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await read).toMatchObject({ status: 429 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('a write the server refuses', () => {
  it.each([
    ['POST', 503],
    ['PATCH', 429],
    ['DELETE', 503],
  ] as const)('%s is never repeated and says nothing was saved (%i)', async (method, status) => {
    fetchMock.mockResolvedValue(busy(status, '1'));
    const write = requestNoContent({ method, path: '/api/v1/cases/x', body: {} }).catch(
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(60_000);
    const error = await write;
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect((error as Error).message).toMatch(/^errors\.retryWriteAt /);
  });

  it('keeps the message of a refusal that explains its own cause (sign-in throttling)', async () => {
    fetchMock.mockResolvedValue(busy(429, '30', 'sign_in_throttled'));
    const write = requestNoContent({ method: 'POST', path: '/api/v1/session', body: {} }).catch(
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await write).toMatchObject({
      problem: { code: 'sign_in_throttled', detail: 'Texto del servidor' },
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('a session the server no longer knows', () => {
  const refusal = (status: number, code: string) =>
    new Response(problemBody(status, code), {
      status,
      headers: { 'content-type': 'application/problem+json' },
    });

  it('is reported once per refusal, and only for 401 unauthenticated', async () => {
    const ended = vi.fn();
    const unsubscribe = onSessionEnded(ended);
    fetchMock
      .mockResolvedValueOnce(refusal(401, 'unauthenticated'))
      .mockResolvedValueOnce(refusal(401, 'invalid_credentials'))
      .mockResolvedValueOnce(refusal(403, 'sign_in_agency_suspended'));
    await expect(requestJson({ path: '/api/v1/cases' }, answer)).rejects.toMatchObject({ status: 401 });
    expect(ended).toHaveBeenCalledTimes(1);
    const signIn = { method: 'POST' as const, path: '/api/v1/session', body: {} };
    await expect(requestJson(signIn, answer)).rejects.toMatchObject({ status: 401 });
    await expect(requestJson(signIn, answer)).rejects.toMatchObject({ status: 403 });
    expect(ended).toHaveBeenCalledTimes(1);
    unsubscribe();
    fetchMock.mockResolvedValueOnce(refusal(401, 'unauthenticated'));
    await expect(requestNoContent({ method: 'DELETE', path: '/api/v1/session' })).rejects.toMatchObject({
      status: 401,
    });
    expect(ended).toHaveBeenCalledTimes(1);
  });
});
