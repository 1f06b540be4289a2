import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { classify } from './classify.ts';
import { screeningFacts, screeningResult } from './contract.ts';

export function registerScreeningRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/screening/classify',
    {
      preHandler: authenticate(deps),
      schema: {
        tags: ['screening'],
        summary: 'Classify screening facts: trafficking, smuggling, further assessment or not indicated',
        description:
          'Pure and explainable: every result lists its reasons in Spanish and English. Consent is never an input.',
        body: screeningFacts,
        response: { 200: screeningResult, 400: problem, 401: problem },
      },
    },
    async (request) => classify(request.body),
  );
}
