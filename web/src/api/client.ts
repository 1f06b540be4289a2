import type { z } from 'zod';
import { problem } from '../../../src/contracts/system.ts';
import { currentLanguage, i18n } from '../i18n/i18n.ts';
import { ApiError } from './api-error.ts';
import { automaticRetry, type BusyNotice, busyNotice, retryAfterSeconds } from './busy-policy.ts';
import { reportSessionEnded } from './session-ended.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * `ifMatch`: the version the change is based on; the API answers 412 when the record moved on.
 * `text`: a body sent as it is with its own content type (an import file) instead of JSON.
 * `file`: a file's bytes as the body, its name percent-encoded in X-File-Name (an attachment).
 */
type Call = {
  method?: Method;
  path: string;
  body?: unknown;
  ifMatch?: number;
  text?: { body: string; contentType: string };
  file?: { body: Blob; name: string };
};

/** Calls the API and returns the response body checked against its contract schema. */
export async function requestJson<Schema extends z.ZodType>(
  call: Call,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const response = await send(call);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) throw unexpectedResponse(response.status);
  return parsed.data;
}

/** Calls the API for an answer that has no body, such as 204 after signing out or declaring a conflict. */
export async function requestNoContent(call: Call): Promise<void> {
  await send(call);
}

/** Calls the API for a file it answers (an export), checked for failure like any other call. */
export async function requestBlob(call: Call): Promise<Blob> {
  return (await send(call)).blob();
}

/**
 * Sends the call; a read the server refused for a short while (429/503 with a short Retry-After) is
 * sent once more after that wait, a write never (busy-policy.ts).
 */
async function send(call: Call, attempt = 0): Promise<Response> {
  const response = await sendOnce(call);
  if (response.ok) return response;
  const method = call.method ?? 'GET';
  const waitSeconds = retryAfterSeconds(response.headers.get('Retry-After'), new Date());
  const decision = automaticRetry(method, response.status, waitSeconds, attempt);
  if (decision.retry) {
    await new Promise((resolve) => setTimeout(resolve, decision.afterMs));
    return send(call, attempt + 1);
  }
  throw await errorFrom(response, method, waitSeconds);
}

async function sendOnce({ method = 'GET', path, body, ifMatch, text, file }: Call): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
  };
  // Fastify rejects an empty body declared as JSON, so the header goes only with a body.
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (text) headers['Content-Type'] = text.contentType;
  if (file) {
    headers['Content-Type'] = 'application/octet-stream';
    headers['X-File-Name'] = encodeURIComponent(file.name);
  }
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: file ? file.body : text ? text.body : body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw clientProblem(0, 'network_error', i18n.t('errors.network'));
  }
  return response;
}

async function errorFrom(
  response: Response,
  method: string,
  waitSeconds: number | undefined,
): Promise<ApiError> {
  const parsed = problem.safeParse(await readJson(response));
  const code = parsed.success ? parsed.data.code : undefined;
  if (code === 'unauthenticated') reportSessionEnded();
  const notice = busyNotice({ method, status: response.status, code, waitSeconds, now: new Date() });
  if (notice) return busyProblem(response.status, code ?? busyCode(response.status), notice);
  return parsed.success ? new ApiError(parsed.data) : unexpectedResponse(response.status);
}

/** The code a refusal without a problem body (from a proxy, say) is given, by its status. */
const busyCode = (status: number) => (status === 429 ? 'rate_limited' : 'service_overloaded');

/** Says when to try again as a time of day too: a message left on screen would count down wrong. */
function busyProblem(status: number, code: string, notice: BusyNotice): ApiError {
  const time = new Intl.DateTimeFormat(currentLanguage(), { timeStyle: 'medium' }).format(notice.retryAt);
  return new ApiError({
    type: 'about:blank',
    title: i18n.t(`errors.${notice.title}`),
    status,
    detail: i18n.t(`errors.${notice.detail}`, { time, seconds: notice.seconds }),
    code,
  });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function unexpectedResponse(status: number): ApiError {
  return clientProblem(status, 'unexpected_response', i18n.t('errors.unexpectedResponse', { status }));
}

function clientProblem(status: number, code: string, detail: string): ApiError {
  return new ApiError({ type: 'about:blank', title: i18n.t('errors.title'), status, detail, code });
}
