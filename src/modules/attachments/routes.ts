import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { fileResponse } from '../../platform/http/file-response.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../platform/http/versioning.ts';
import { personFilter, removeRequest } from '../case-records/contract.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { contentDisposition } from './content-disposition.ts';
import {
  ATTACHMENT_MAX_BYTES,
  attachmentList,
  attachmentParams,
  attachmentView,
  OCTET_STREAM,
  uploadHeaders,
  uploadQuery,
} from './contract.ts';
import { downloadAttachment } from './download-attachment.ts';
import { listAttachments } from './list-attachments.ts';
import { removeAttachment } from './remove-attachment.ts';
import { ATTACHMENT_TYPES } from './sniff-type.ts';
import { uploadAttachment } from './upload-attachment.ts';

const tags = ['attachments'];
const errors = { 400: problem, 401: problem, 404: problem };

/** Uploads take raw bytes; this scope alone accepts that content type and a body up to 10 MiB. */
export function registerAttachmentRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const fileDeps = { db: deps.database.db, keyRing: deps.keyRing };
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  app.register(async (scope) => {
    scope.addContentTypeParser(
      OCTET_STREAM,
      { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/cases/:caseId/attachments',
      {
        preHandler,
        bodyLimit: ATTACHMENT_MAX_BYTES,
        schema: {
          tags,
          summary: 'Attach a file (PDF, image, office document; at most 10 MiB) to a case, encrypted at rest',
          description:
            'The body is the file itself (application/octet-stream); its type is read from its bytes. X-File-Name carries the original name, percent-encoded.',
          consumes: [OCTET_STREAM],
          params: caseId,
          querystring: uploadQuery,
          headers: uploadHeaders,
          response: { 201: attachmentView, ...errors, 403: problem, 413: problem, 415: problem },
        },
      },
      async (request, reply) => {
        const view = await uploadAttachment(fileDeps, caller(request), {
          caseId: request.params.caseId,
          ...request.query,
          fileName: request.headers['x-file-name'],
          bytes: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        });
        tagVersion(reply, view.version);
        return reply.status(201).send(view);
      },
    );
  });
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    '/cases/:caseId/attachments',
    {
      preHandler,
      schema: {
        tags,
        summary: "A case's files the caller may read (or one person's, ?personId=), without their content",
        params: caseId,
        querystring: personFilter,
        response: { 200: attachmentList, ...errors },
      },
    },
    async (request) =>
      listAttachments(fileDeps, caller(request), request.params.caseId, request.query.personId),
  );
  app.get(
    '/cases/:caseId/attachments/:attachmentId/content',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Download a file (audited on every read)',
        params: attachmentParams,
        response: {
          200: fileResponse('The file as it was uploaded', ATTACHMENT_TYPES),
          ...errors,
          500: problem,
        },
      },
    },
    async (request, reply) => {
      const target = request.params as z.infer<typeof attachmentParams>;
      const { view, bytes } = await downloadAttachment(fileDeps, caller(request), target);
      return reply
        .type(view.contentType)
        .header('content-disposition', contentDisposition(view.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(bytes);
    },
  );
  routes.delete(
    '/cases/:caseId/attachments/:attachmentId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Remove a file attached in error, with a reason; If-Match must carry the version read',
        params: attachmentParams,
        headers: ifMatchHeader,
        body: removeRequest,
        response: { 204: z.null(), ...errors, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      await removeAttachment(fileDeps, caller(request), request.params, expected, request.body.reason);
      return reply.status(204).send(null);
    },
  );
}
