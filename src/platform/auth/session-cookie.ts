import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session-token.ts';

/** httpOnly, SameSite=Strict, and Secure behind TLS: scripts and other sites never see the token. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
  });
}

export const sessionCookie = (request: FastifyRequest): string | undefined => request.cookies[SESSION_COOKIE];
