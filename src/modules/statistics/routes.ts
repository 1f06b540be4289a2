import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { annualFigures } from '../../contracts/statistics.ts';
import { figureTrace } from '../../contracts/statistics-trace.ts';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../platform/http/versioning.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { computeAnnualFigures } from './compute-annual-figures.ts';
import { annualFiguresParams, figureTraceParams, figureTraceQuery, indicatorCatalogue } from './contract.ts';
import { INDICATORS, indicatorMessageKey } from './indicators.ts';
import { listPreventionActivities } from './list-prevention-activities.ts';
import {
  preventionActivityId,
  preventionActivityList,
  preventionActivityPatch,
  preventionActivityQuery,
  preventionActivityRequest,
  preventionActivityView,
} from './prevention-contract.ts';
import { recordPreventionActivity } from './record-prevention-activity.ts';
import { traceFigure } from './trace-figure.ts';
import { updatePreventionActivity } from './update-prevention-activity.ts';

const tags = ['statistics'];
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 412: problem, 428: problem };

export function registerStatisticsRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  routes.get(
    '/statistics/annual/:year',
    {
      preHandler,
      schema: {
        tags,
        summary: "The country's figures for a calendar year, every indicator with its provenance",
        description: 'Statisticians and supervisors of the interagency commission; aggregates only.',
        params: annualFiguresParams,
        response: { 200: annualFigures, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) =>
      computeAnnualFigures(db, caller(request), request.params.year, {
        statisticsConsent: deps.settings.statisticsConsent,
      }),
  );
  routes.get(
    '/statistics/annual/:year/indicators/:code/records',
    {
      preHandler,
      schema: {
        tags,
        summary: 'The records behind a figure (or one cell of its breakdowns) that you may see',
        description:
          'National figure readers: every record as a reference (case, agency, date). Case workers: the records of cases they may open, and how many others they may not. Never names. Audited.',
        params: figureTraceParams,
        querystring: figureTraceQuery,
        response: { 200: figureTrace, 400: problem, 401: problem, 404: problem },
      },
    },
    async (request) => {
      const { dimension, cell, cursor, limit } = request.query;
      return traceFigure(
        db,
        caller(request),
        request.params.year,
        { code: request.params.code, dimension, cell },
        { statisticsConsent: deps.settings.statisticsConsent, cursor, limit },
      );
    },
  );
  routes.get(
    '/statistics/indicators',
    {
      preHandler,
      schema: {
        tags,
        summary: 'The catalogue of indicators, named and defined in the request’s language',
        response: { 200: indicatorCatalogue, 401: problem },
      },
    },
    async (request) => ({
      items: INDICATORS.map((indicator) => ({
        code: indicator.code,
        section: indicator.section,
        unit: indicator.unit,
        dimensions: [...indicator.dimensions],
        name: request.t(`${indicatorMessageKey(indicator.code)}.name`),
        definition: request.t(`${indicatorMessageKey(indicator.code)}.definition`),
      })),
    }),
  );
  routes.get(
    '/prevention-activities',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Prevention activities: your agency’s, or every agency’s for national statistics',
        querystring: preventionActivityQuery,
        response: { 200: preventionActivityList, ...errors },
      },
    },
    async (request) => listPreventionActivities(db, caller(request), request.query),
  );
  routes.post(
    '/prevention-activities',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Record a prevention activity of your agency (training, campaign, tourism-sector training)',
        body: preventionActivityRequest,
        response: { 201: preventionActivityView, ...errors },
      },
    },
    async (request, reply) => {
      const created = await recordPreventionActivity(db, caller(request), request.body);
      tagVersion(reply, created.version);
      return reply.status(201).send(created);
    },
  );
  routes.patch(
    '/prevention-activities/:activityId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Change a prevention activity of your agency (If-Match: its version)',
        params: preventionActivityId,
        headers: ifMatchHeader,
        body: preventionActivityPatch,
        response: { 200: preventionActivityView, ...errors },
      },
    },
    async (request, reply) => {
      const updated = await updatePreventionActivity(
        db,
        caller(request),
        request.params.activityId,
        expectedVersion(request),
        request.body,
      );
      tagVersion(reply, updated.version);
      return updated;
    },
  );
}
