import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { annualReport } from '../../contracts/annual-report.ts';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { fileContent } from '../../platform/http/file-response.ts';
import { caseCaller } from '../cases/case-actor.ts';
import type { AnnualFiguresSource } from '../statistics/annual-figures-source.ts';
import { buildAnnualReport } from './build-annual-report.ts';
import { REPORT_HTML_CSP } from './render-html.ts';
import { renderReport } from './render-report.ts';
import { reportParams, reportQuery } from './report-contract.ts';

/**
 * `GET /reports/annual/{year}` in any format and language. The figures come from `figures`, so that
 * tests can serve hand-built figures and the application the statistics engine's.
 */
export function registerReportRoutes(
  app: FastifyInstance,
  deps: AppDependencies,
  figures: AnnualFiguresSource,
): void {
  app.get(
    '/reports/annual/:year',
    {
      preHandler: authenticate(deps),
      schema: {
        tags: ['reports'],
        summary:
          'The annual report: summary, recommendations, prosecution, protection, prevention, assessment',
        description:
          'Statisticians and the interagency commission. `format`: json (default; docs/formats/annual-report.md), md, html or pdf; `lang`: es-MX or en (default: Accept-Language).',
        params: reportParams,
        querystring: reportQuery,
        response: {
          200: {
            description: 'The report: JSON (docs/formats/annual-report.md), Markdown, HTML or PDF',
            content: {
              'application/json': { schema: annualReport },
              ...fileContent(['text/markdown', 'text/html', 'application/pdf']),
            },
          },
          400: problem,
          401: problem,
          404: problem,
        },
      },
    },
    async (request, reply) => {
      const query = request.query as z.infer<typeof reportQuery>;
      const { year } = request.params as z.infer<typeof reportParams>;
      const language = query.lang ?? request.language;
      const caller = caseCaller(signedInUser(request), request.id);
      const report = await buildAnnualReport(deps.database.db, caller, year, language, figures);
      const rendered = await renderReport(report, query.format);
      const name = `informe-anual-${report.year}-${language}.${rendered.extension}`;
      reply.header('content-type', rendered.contentType);
      reply.header('content-disposition', `inline; filename="${name}"`);
      if (query.format === 'html') reply.header('content-security-policy', REPORT_HTML_CSP);
      return reply.send(rendered.body);
    },
  );
}
