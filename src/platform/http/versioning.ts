import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ProblemError } from './problem.ts';

/** A record's version as an entity tag: strong, quoted, the version number and nothing else. */
export const entityTag = (version: number) => `"${version}"`;

/** Sends the record's version as ETag so that the next write can name it in If-Match. */
export function tagVersion(reply: FastifyReply, version: number): void {
  reply.header('etag', entityTag(version));
}

/** Documents If-Match in OpenAPI; presence and form are checked by expectedVersion for a localized error. */
export const ifMatchHeader = z.object({
  'if-match': z.string().max(40).optional().describe('The ETag of the version the change is based on'),
});

const TAG = /^(?:W\/)?"(\d{1,9})"$/;

/**
 * The version a write expects, from If-Match. Required: without it two officers could overwrite each
 * other silently (428, RFC 6585). `*` and lists are refused because they would skip the check.
 */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') throw new ProblemError(428, 'precondition_required');
  const match = TAG.exec(header.trim());
  if (!match) throw new ProblemError(400, 'invalid_if_match');
  return Number(match[1]);
}

/** 412: the record moved on since the caller read it; the problem names the current version. */
export const versionConflict = (current: number, expected: number) =>
  new ProblemError(412, 'version_conflict', { current, expected }, { etag: entityTag(current) });

export function requireVersion(current: number, expected: number): void {
  if (current !== expected) throw versionConflict(current, expected);
}
