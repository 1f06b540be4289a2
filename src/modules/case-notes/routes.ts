import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { personFilter } from '../case-records/contract.ts';
import { registerRecordRoutes } from '../case-records/record-routes.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { noteList, notePatch, noteRequest, noteView } from './contract.ts';
import { listNotes } from './list-notes.ts';
import { noteRecord } from './note-record.ts';

const tag = 'notes';

export function registerNoteRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/cases/:caseId/notes',
    {
      preHandler,
      schema: {
        tags: [tag],
        summary: "A case's notes the caller may read (or one person's, ?personId=); every read is audited",
        params: caseId,
        querystring: personFilter,
        response: { 200: noteList, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) =>
      listNotes(
        { db: deps.database.db, keyRing: deps.keyRing },
        caller(request),
        request.params.caseId,
        request.query.personId,
      ),
  );
  registerRecordRoutes(app, deps, {
    kind: noteRecord,
    path: 'notes',
    tag,
    noun: 'a note (text encrypted at rest, readers chosen by its field group)',
    create: noteRequest,
    patch: notePatch,
    view: noteView,
  });
}
