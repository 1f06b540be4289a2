import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problem } from '../../contracts/system.ts';
import { authenticate, signedInUser } from '../../platform/auth/authenticate.ts';
import type { AppDependencies } from '../../platform/http/app.ts';
import { expectedVersion, ifMatchHeader, tagVersion } from '../../platform/http/versioning.ts';
import { caseCaller } from '../cases/case-actor.ts';
import { addService } from './add-service.ts';
import {
  directoryQuery,
  directoryView,
  monitoringHistory,
  monitoringUpdate,
  providerId,
  providerPatch,
  providerRegistration,
  providerView,
  serviceId,
  servicePatch,
  serviceRequest,
  serviceView,
} from './directory-contract.ts';
import { listDirectory } from './list-directory.ts';
import { listMonitoring } from './list-monitoring.ts';
import { registerProvider } from './register-provider.ts';
import { setMonitoring } from './set-monitoring.ts';
import { updateProvider } from './update-provider.ts';
import { updateService } from './update-service.ts';

const tags = ['referrals'];
const errors = {
  400: problem,
  401: problem,
  403: problem,
  404: problem,
  409: problem,
  412: problem,
  428: problem,
};

export function registerDirectoryRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const preHandler = authenticate(deps);
  const caller = (request: FastifyRequest) => caseCaller(signedInUser(request), request.id);
  routes.get(
    '/service-directory',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Service providers with their monitoring status and services',
        querystring: directoryQuery,
        response: { 200: directoryView, ...errors },
      },
    },
    async (request) => listDirectory(db, caller(request), request.query),
  );
  routes.post(
    '/service-providers',
    {
      preHandler,
      schema: {
        tags,
        summary: 'List your own agency in the directory (it starts unmonitored)',
        body: providerRegistration,
        response: { 201: providerView, ...errors },
      },
    },
    async (request, reply) => {
      const created = await registerProvider(db, caller(request), request.body);
      tagVersion(reply, created.version);
      return reply.status(201).send(created);
    },
  );
  routes.post(
    '/service-providers/:providerId/monitoring',
    {
      preHandler,
      schema: {
        tags,
        summary: "Record a provider's accreditation, visit, review or suspension (oversight bodies)",
        params: providerId,
        headers: ifMatchHeader,
        body: monitoringUpdate,
        response: { 200: providerView, ...errors },
      },
    },
    async (request, reply) => {
      const changed = await setMonitoring(
        db,
        caller(request),
        request.params.providerId,
        expectedVersion(request),
        request.body,
      );
      tagVersion(reply, changed.version);
      return changed;
    },
  );
  routes.patch(
    '/service-providers/:providerId',
    {
      preHandler,
      schema: {
        tags,
        summary: "Change your own agency's entry: its institutional contact (If-Match)",
        params: providerId,
        headers: ifMatchHeader,
        body: providerPatch,
        response: { 200: providerView, ...errors },
      },
    },
    async (request, reply) => {
      const changed = await updateProvider(
        db,
        caller(request),
        request.params.providerId,
        expectedVersion(request),
        request.body,
      );
      tagVersion(reply, changed.version);
      return changed;
    },
  );
  routes.get(
    '/service-providers/:providerId/monitoring',
    {
      preHandler,
      schema: {
        tags,
        summary: "A provider's monitoring history: each accreditation, visit, review or suspension",
        params: providerId,
        response: { 200: monitoringHistory, ...errors },
      },
    },
    async (request) => listMonitoring(db, caller(request), request.params.providerId),
  );
  routes.post(
    '/service-providers/:providerId/services',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Add a service: eligibility, coverage, capacity',
        params: providerId,
        body: serviceRequest,
        response: { 201: serviceView, ...errors },
      },
    },
    async (request, reply) => {
      const created = await addService(db, caller(request), request.params.providerId, request.body);
      tagVersion(reply, created.version);
      return reply.status(201).send(created);
    },
  );
  routes.patch(
    '/services/:serviceId',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Change a service (If-Match)',
        params: serviceId,
        headers: ifMatchHeader,
        body: servicePatch,
        response: { 200: serviceView, ...errors },
      },
    },
    async (request, reply) => {
      const changed = await updateService(
        db,
        caller(request),
        request.params.serviceId,
        expectedVersion(request),
        request.body,
      );
      tagVersion(reply, changed.version);
      return changed;
    },
  );
}
