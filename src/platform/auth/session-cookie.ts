import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session-token.ts';

/**
 * Behind TLS the cookie's name carries the `__Host-` prefix: browsers then accept it only when Secure,
 * for Path=/ and without a Domain, so a sibling host or a plain-HTTP page cannot plant or overwrite it
 * (session fixation). Over plain HTTP (a workstation, the tests) browsers would refuse the prefix.
 */
const cookieName = (request: FastifyRequest): string =>
  request.protocol === 'https' ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;

/** httpOnly, SameSite=Strict, and Secure behind TLS: scripts and other sites never see the token. */
const cookieOptions = (request: FastifyRequest): CookieSerializeOptions => ({
  httpOnly: true,
  sameSite: 'strict',
  secure: request.protocol === 'https',
  path: '/',
});

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(cookieName(request), token, cookieOptions(request));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(cookieName(request), cookieOptions(request));
}

export const sessionCookie = (request: FastifyRequest): string | undefined =>
  request.cookies[cookieName(request)];
