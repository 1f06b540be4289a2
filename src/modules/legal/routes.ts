import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { registerRecordRoutes } from '../case-records/record-routes.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { caseId } from '../cases/contract.ts';
import { appealPatch, appealRequest, appealView } from './appeal-contract.ts';
import { appealRecord } from './appeal-record.ts';
import { bilateralPatch, bilateralRequest, bilateralView } from './bilateral-contract.ts';
import { bilateralRecord } from './bilateral-record.ts';
import { chargePatch, chargeRequest, chargeView } from './charge-contract.ts';
import { chargeRecord } from './charge-record.ts';
import { extraditionPatch, extraditionRequest, extraditionView } from './extradition-contract.ts';
import { extraditionRecord } from './extradition-record.ts';
import { legalTrack } from './legal-track-contract.ts';
import { proceedingPatch, proceedingRequest, proceedingView } from './proceeding-contract.ts';
import { proceedingRecord } from './proceeding-record.ts';
import { readLegalTrack } from './read-legal-track.ts';
import { verdictPatch, verdictRequest, verdictView } from './verdict-contract.ts';
import { verdictRecord } from './verdict-record.ts';

const tag = 'legal track';

export function registerLegalRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/cases/:caseId/legal-track',
    {
      preHandler: authenticate(deps),
      schema: {
        tags: [tag],
        summary:
          "A case's investigations, charges, verdicts, appeals, extraditions and bilateral investigations",
        description: 'Investigation material: 404 for those who may not read the investigation.',
        params: caseId,
        response: { 200: legalTrack, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) =>
      readLegalTrack(
        { db: deps.database.db, keyRing: deps.keyRing },
        caseCaller(signedInUser(request), request.id),
        request.params.caseId,
      ),
  );
  registerRecordRoutes(app, deps, {
    kind: proceedingRecord,
    path: 'legal-proceedings',
    tag,
    noun: 'an investigation opened (and the prosecution it led to)',
    create: proceedingRequest,
    patch: proceedingPatch,
    view: proceedingView,
  });
  registerRecordRoutes(app, deps, {
    kind: chargeRecord,
    path: 'charges',
    tag,
    noun: 'a charge',
    create: chargeRequest,
    patch: chargePatch,
    view: chargeView,
  });
  registerRecordRoutes(app, deps, {
    kind: verdictRecord,
    path: 'verdicts',
    tag,
    noun: 'a verdict and its sentence',
    create: verdictRequest,
    patch: verdictPatch,
    view: verdictView,
  });
  registerRecordRoutes(app, deps, {
    kind: appealRecord,
    path: 'appeals',
    tag,
    noun: 'an appeal',
    create: appealRequest,
    patch: appealPatch,
    view: appealView,
  });
  registerRecordRoutes(app, deps, {
    kind: extraditionRecord,
    path: 'extraditions',
    tag,
    noun: 'an extradition request',
    create: extraditionRequest,
    patch: extraditionPatch,
    view: extraditionView,
  });
  registerRecordRoutes(app, deps, {
    kind: bilateralRecord,
    path: 'bilateral-investigations',
    tag,
    noun: 'a bilateral investigation',
    create: bilateralRequest,
    patch: bilateralPatch,
    view: bilateralView,
  });
}
