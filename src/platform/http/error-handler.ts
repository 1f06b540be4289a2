import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import type { Problem, ProblemReject } from '../../contracts/system.ts';
import { languageFromAcceptHeader } from '../i18n/languages.ts';
import { translatorFor } from '../i18n/translate.ts';
import { type FieldError, localizeValidation, localizeZodError } from '../i18n/validation-messages.ts';
import { isDatabaseUnavailable } from './database-unavailable.ts';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemType } from './problem.ts';

const CONTENT_PARSER_PROBLEMS: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'malformed_json' },
};

/**
 * Unique violations, serialization failures and deadlocks: two requests raced for the same record (a
 * check-then-insert lost, or PostgreSQL chose a victim). Nothing was written; the caller may retry.
 */
const RACE_CODES = new Set(['23505', '40001', '40P01']);

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: {
    status: number;
    code: string;
    params?: Record<string, string | number>;
    errors?: FieldError[];
    /** An import's rejected lines. */
    rejects?: ProblemReject[];
  },
) {
  const { t } = request;
  const params = { requestId: request.id, ...problem.params };
  const body: Problem = {
    type: problemType(problem.code),
    title: t(`problems:${problem.code}.title`),
    status: problem.status,
    detail: t(`problems:${problem.code}.detail`, params),
    code: problem.code,
    requestId: request.id,
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...(problem.rejects ? { rejects: problem.rejects } : {}),
  };
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

/** Every failure leaves as problem+json in the caller's language; unknown ones are logged, never echoed. */
export function registerErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      reply.headers(error.headers);
      return sendProblem(request, reply, error);
    }
    if (error instanceof ZodError) {
      // A use-case validated its own input (beyond the route's schema): still the caller's mistake.
      const errors = localizeZodError(error, request.body, request.t);
      const params = { count: errors.length, first: errors[0]?.message ?? '' };
      return sendProblem(request, reply, { status: 400, code: 'validation_failed', params, errors });
    }
    if (error.validation) {
      const errors = localizeValidation(error.validation, error.validationContext, request.body, request.t);
      const params = { count: errors.length, first: errors[0]?.message ?? '' };
      return sendProblem(request, reply, { status: 400, code: 'validation_failed', params, errors });
    }
    const parserProblem = error.code ? CONTENT_PARSER_PROBLEMS[error.code] : undefined;
    if (parserProblem) return sendProblem(request, reply, { ...parserProblem, params: { limit: bodyLimit } });
    if (error.statusCode === 429) {
      const seconds = Number(reply.getHeader('retry-after') ?? 60);
      return sendProblem(request, reply, { status: 429, code: 'rate_limited', params: { seconds } });
    }
    if (error.code && RACE_CODES.has(error.code)) {
      request.log.warn({ errCode: error.code }, 'concurrent requests conflicted');
      return sendProblem(request, reply, { status: 409, code: 'concurrent_conflict' });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ errCode: error.code }, 'database unavailable');
      return sendProblem(request, reply, { status: 503, code: 'service_unavailable' });
    }
    // The message of an unexpected error may quote data (a constraint's key values): log its kind only.
    request.log.error(
      { errName: error.name, errCode: error.code, stack: framesOnly(error.stack) },
      'unexpected',
    );
    return sendProblem(request, reply, { status: 500, code: 'internal_error' });
  });
}

/**
 * Addresses the router cannot take apart (bad percent-encoding, a segment over the length limit):
 * Fastify's own answer quotes the address back, so answer problem+json without it.
 */
export function answerUnroutableUrl(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  request.language = languageFromAcceptHeader(request.headers['accept-language']);
  request.t = translatorFor(request.language);
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
  return sendProblem(request, reply, { status, code: 'malformed_url' });
}

const CLIENT_ERROR_STATUS: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/**
 * Requests Node.js cannot parse (headers over the limit, broken HTTP) never reach Fastify's handlers:
 * answer them on the socket as problem+json, in Spanish since their headers could not be read.
 */
export function answerUnreadableRequest(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable) return socket.destroy();
  const status = (error.code && CLIENT_ERROR_STATUS[error.code]) ?? 400;
  const t = translatorFor('es-MX');
  const body = JSON.stringify({
    type: problemType('malformed_request'),
    title: t('problems:malformed_request.title'),
    status,
    detail: t('problems:malformed_request.detail'),
    code: 'malformed_request',
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

const framesOnly = (stack: string | undefined) =>
  (stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .join('\n');
