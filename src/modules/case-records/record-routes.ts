import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../platform/http/versioning.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { recordParams, removeRequest } from './contract.ts';
import { createRecord } from './create-record.ts';
import type { RecordKind, RecordTable, VersionedView } from './record-kind.ts';
import { removeRecord } from './remove-record.ts';
import { updateRecord } from './update-record.ts';

type Patch = Readonly<Record<string, unknown>>;

export type RecordRoutes<T extends RecordTable, C, P extends Patch, V extends VersionedView> = {
  kind: RecordKind<T, C, P, V>;
  /** The path under /cases/:caseId, plural (`charges`). */
  path: string;
  tag: string;
  /** How the OpenAPI summaries name one record (`a charge`). */
  noun: string;
  create: z.ZodType<C>;
  patch: z.ZodType<P>;
  view: z.ZodType<V>;
};

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const versioned = { 412: problem, 428: problem };

type Params = z.infer<typeof recordParams>;

/**
 * POST, PATCH (If-Match) and, for removable kinds, DELETE (If-Match, with a reason) of one kind of case
 * record. Every answer that carries a record carries its version as ETag. The schemas validate and
 * document each route; the handlers take what they validated.
 */
export function registerRecordRoutes<T extends RecordTable, C, P extends Patch, V extends VersionedView>(
  app: FastifyInstance,
  deps: AppDependencies,
  spec: RecordRoutes<T, C, P, V>,
): void {
  const recordDeps = { db: deps.database.db, keyRing: deps.keyRing };
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  const tags = [spec.tag];

  app.post(
    `/cases/:caseId/${spec.path}`,
    {
      preHandler,
      schema: {
        tags,
        summary: `Record ${spec.noun} on a case`,
        params: caseId,
        body: spec.create,
        response: { 201: spec.view, ...errors },
      },
    },
    async (request, reply) => {
      const { caseId: target } = request.params as z.infer<typeof caseId>;
      const view = await createRecord(recordDeps, caller(request), spec.kind, target, request.body as C);
      tagVersion(reply, view.version);
      return reply.status(201).send(view);
    },
  );
  app.patch(
    `/cases/:caseId/${spec.path}/:recordId`,
    {
      preHandler,
      schema: {
        tags,
        summary: `Change ${spec.noun}; If-Match must carry the version read (ETag)`,
        description:
          'Without If-Match: 428. When the record changed since it was read: 412 with the current version.',
        params: recordParams,
        headers: ifMatchHeader,
        body: spec.patch,
        response: { 200: spec.view, ...errors, ...versioned },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const target = request.params as Params;
      const view = await updateRecord(
        recordDeps,
        caller(request),
        spec.kind,
        target,
        expected,
        request.body as P,
      );
      tagVersion(reply, view.version);
      return view;
    },
  );
  if (!spec.kind.removable) return;
  app.delete(
    `/cases/:caseId/${spec.path}/:recordId`,
    {
      preHandler,
      schema: {
        tags,
        summary: `Remove ${spec.noun} entered in error, with a reason; If-Match as for changes`,
        params: recordParams,
        headers: ifMatchHeader,
        body: removeRequest,
        response: { 204: z.null(), ...errors, 409: problem, ...versioned },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const { reason } = request.body as z.infer<typeof removeRequest>;
      await removeRecord(recordDeps, caller(request), spec.kind, request.params as Params, expected, reason);
      return reply.status(204).send(null);
    },
  );
}
