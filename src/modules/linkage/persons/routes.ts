import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  clusterId,
  detachment,
  detachmentId,
  detachRequest,
  personCluster,
  undoDetachmentRequest,
} from '../../../contracts/linkage.ts';
import { problem } from '../../../contracts/system.ts';
import { authenticate, signedInUser } from '../../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../../platform/http/versioning.ts';
import { caseCaller } from '../../cases/case-actor.ts';
import { detachRecord } from './detach-record.ts';
import { readPersonCluster } from './read-person-cluster.ts';
import { undoDetachment } from './undo-detachment.ts';

const tags = ['linkage'];
const errors = { 400: problem, 401: problem, 404: problem };
const writeErrors = { ...errors, 409: problem, 412: problem, 422: problem, 428: problem };

/** Person clusters: supervisors see a person's records they may see, take one out, and put it back. */
export function registerPersonClusterRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  const writer = { db, keyRing: deps.keyRing };
  const caller = (request: FastifyRequest) => {
    const user = signedInUser(request);
    return { ...caseCaller(user, request.id), userId: user.id };
  };

  routes.get(
    '/linkage/clusters/:clusterId',
    {
      preHandler,
      schema: {
        tags,
        summary:
          'One person: the records of a cluster the caller may see, the evidence between them and detachments',
        description:
          'Supervisors only; 404 for anyone else and for a cluster with no record the caller may see. No names.',
        params: clusterId,
        response: { 200: personCluster, ...errors },
      },
    },
    async (request, reply) => {
      const cluster = await readPersonCluster(db, caller(request), request.params.clusterId);
      tagVersion(reply, cluster.version);
      return cluster;
    },
  );

  routes.post(
    '/linkage/clusters/:clusterId/detachments',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Take one record out of its person (with a reason); later linkage runs keep it apart',
        description:
          'If-Match with the cluster version is required (428 without it, 412 when the cluster changed). The record becomes a person of its own, decided "different" from every other record of the cluster; the answer says where those records are now.',
        params: clusterId,
        headers: ifMatchHeader,
        body: detachRequest,
        response: { 201: detachment, ...writeErrors },
      },
    },
    async (request, reply) => {
      const made = await detachRecord(
        writer,
        caller(request),
        { clusterId: request.params.clusterId, expectedVersion: expectedVersion(request) },
        request.body,
      );
      tagVersion(reply, made.version);
      return reply.code(201).send(made);
    },
  );

  routes.post(
    '/linkage/detachments/:detachmentId/undo',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Put a detached record back (with a reason): its pairs get back the decisions they had',
        description:
          'If-Match with the detachment version is required (428 without it, 412 when it changed; 409 if already undone).',
        params: detachmentId,
        headers: ifMatchHeader,
        body: undoDetachmentRequest,
        response: { 200: detachment, ...writeErrors },
      },
    },
    async (request, reply) => {
      const undone = await undoDetachment(
        writer,
        caller(request),
        { detachmentId: request.params.detachmentId, expectedVersion: expectedVersion(request) },
        request.body,
      );
      tagVersion(reply, undone.version);
      return undone;
    },
  );
}
