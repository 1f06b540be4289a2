import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { jurisdictionDecision, jurisdictionFacts } from './contract.ts';
import { decideJurisdiction } from './decide.ts';

export function registerJurisdictionRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/jurisdiction/decide',
    {
      preHandler: authenticate(deps),
      schema: {
        tags: ['jurisdiction'],
        summary: 'Decide which authority is competent for a case: a state prosecutor, FEVIMTRA or UEITMPO',
        description:
          'Undetermined while a fact that could change the answer is unknown; `missing` lists them.',
        body: jurisdictionFacts,
        response: { 200: jurisdictionDecision, 400: problem, 401: problem },
      },
    },
    async (request) => decideJurisdiction(request.body),
  );
}
