import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  approveReleaseRequest,
  openDataDocument,
  publicRelease,
  publicReleaseList,
  publicYearParams,
  releaseParams,
  releaseRecord,
  releaseRecordList,
  withdrawReleaseRequest,
} from '../../contracts/publication.ts';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { fileResponse } from '../../platform/http/file-response.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { configuredFiguresSource } from '../statistics/configured-figures-source.ts';
import { approveRelease } from './approve-release.ts';
import { secureUniform } from './laplace-noise.ts';
import { listReleases } from './list-releases.ts';
import { openDataCsv, openDataJson, openDataRows } from './open-data.ts';
import { listPublicReleases, readPublicRelease } from './read-public-releases.ts';
import { withdrawRelease } from './withdraw-release.ts';

const tags = ['publication'];
const errors = { 400: problem, 401: problem, 404: problem, 409: problem };

/** The commission approves and withdraws releases; the rest of Enlace finds nothing here (404). */
export function registerReleaseRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  routes.get(
    '/statistics/releases',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Every statistics release the commission approved, withdrawn ones included',
        response: { 200: releaseRecordList, ...errors },
      },
    },
    async (request) => ({ releases: await listReleases(db, caseCaller(signedInUser(request), request.id)) }),
  );
  routes.post(
    '/statistics/releases',
    {
      preHandler,
      schema: {
        tags,
        summary: "Approve a year's indicators for public release",
        description:
          'The statistics engine computes the figures once; disclosure control suppresses small counts ' +
          '(and adds Laplace noise when epsilon is given) and the result is stored as an immutable snapshot ' +
          'that the public reads. Statisticians and supervisors of the interagency commission only.',
        body: approveReleaseRequest,
        response: { 201: releaseRecord, ...errors },
      },
    },
    async (request, reply) => {
      const source =
        deps.annualFiguresSource ?? configuredFiguresSource(deps.settings, deps.database.reporting);
      const approval = {
        db,
        source,
        minimumThreshold: deps.settings.disclosureThreshold,
        random: secureUniform,
      };
      const caller = caseCaller(signedInUser(request), request.id);
      return reply.status(201).send(await approveRelease(approval, caller, request.body));
    },
  );
  routes.post(
    '/statistics/releases/:releaseId/withdrawal',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Withdraw a release from the public, with a written reason',
        params: releaseParams,
        body: withdrawReleaseRequest,
        response: { 200: releaseRecord, ...errors },
      },
    },
    async (request) =>
      withdrawRelease(
        db,
        caseCaller(signedInUser(request), request.id),
        request.params.releaseId,
        request.body.reason,
      ),
  );
}

/** What anyone may read without signing in: the releases in force and their open data. */
export function registerPublicStatisticsRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const publicErrors = { 400: problem, 404: problem };
  routes.get(
    '/public/statistics',
    {
      schema: {
        tags,
        summary: 'Statistics releases in force (no sign-in)',
        response: { 200: publicReleaseList },
      },
    },
    async (request) => listPublicReleases(db, request.id),
  );
  routes.get(
    '/public/statistics/:year',
    {
      schema: {
        tags,
        summary: "A year's released statistics after disclosure control (no sign-in)",
        params: publicYearParams,
        response: { 200: publicRelease, ...publicErrors },
      },
    },
    async (request) => readPublicRelease(db, request.id, request.params.year),
  );
  routes.get(
    '/public/statistics/:year/open-data.json',
    {
      schema: {
        tags,
        summary: "A year's released statistics as open data, JSON (docs/formats/open-data.md)",
        params: publicYearParams,
        response: { 200: openDataDocument, ...publicErrors },
      },
    },
    async (request, reply) => {
      const release = await readPublicRelease(db, request.id, request.params.year);
      return reply
        .header('content-disposition', `attachment; filename="enlace-estadisticas-${release.year}.json"`)
        .send(openDataJson(release));
    },
  );
  routes.get(
    '/public/statistics/:year/open-data.csv',
    {
      schema: {
        tags,
        summary: "A year's released statistics as open data, CSV (docs/formats/open-data.md)",
        params: publicYearParams,
        response: { 200: fileResponse('The open data as CSV', ['text/csv']), ...publicErrors },
      },
    },
    async (request, reply) => {
      const release = await readPublicRelease(db, request.id, request.params.year);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="enlace-estadisticas-${release.year}.csv"`)
        .send(openDataCsv(openDataRows(release)));
    },
  );
}
