import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { classify } from './classify.ts';
import { screeningResult } from './contract.ts';
import {
  instrumentClassifyRequest,
  instrumentDetail,
  instrumentList,
  instrumentParams,
} from './instrument-contract.ts';
import { factsFromAnswers, requireInstrument } from './instrument-facts.ts';
import { instrumentDetailView, instrumentListView } from './instrument-views.ts';

const tags = ['screening'];

export function registerInstrumentRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const preHandler = authenticate(deps);
  routes.get(
    '/screening/instruments',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Screening instruments: each population with its short and long forms',
        response: { 200: instrumentList, 401: problem },
      },
    },
    async () => instrumentListView(),
  );
  routes.get(
    '/screening/instruments/:instrumentId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'One screening instrument: introduction, interviewer guidance and questions',
        params: instrumentParams,
        response: { 200: instrumentDetail, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) => instrumentDetailView(requireInstrument(request.params.instrumentId, 404)),
  );
  routes.post(
    '/screening/instruments/:instrumentId/classify',
    {
      preHandler,
      schema: {
        tags,
        summary: "Classify an interview's answers without keeping them",
        description:
          'For reviewing a result before it is kept on a case. A skipped question leaves its element unknown.',
        params: instrumentParams,
        body: instrumentClassifyRequest,
        response: { 200: screeningResult, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) =>
      classify(factsFromAnswers(requireInstrument(request.params.instrumentId, 404), request.body.answers)),
  );
}
