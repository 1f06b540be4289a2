import type { FastifyInstance } from 'fastify';
import { registerAgencyRoutes } from '../platform/access/agency-routes.ts';
import { registerAdminRoutes } from '../platform/admin/routes.ts';
import { registerAuditRoutes } from '../platform/audit/routes.ts';
import type { AppDependencies } from '../platform/http/app.ts';
import { registerPeopleRoutes } from './cases/people-routes.ts';
import { registerCaseRoutes } from './cases/routes.ts';
import { registerHistoryRoutes } from './history/routes.ts';
import { registerCaseJurisdictionRoutes } from './jurisdiction/case-routes.ts';
import { registerJurisdictionRoutes } from './jurisdiction/routes.ts';
import { registerCaseScreeningRoutes } from './screening/case-routes.ts';
import { registerScreeningRoutes } from './screening/routes.ts';

/** Every module's routes under /api/v1; the application factory is the only caller. */
export function registerModuleRoutes(v1: FastifyInstance, deps: AppDependencies): void {
  registerAdminRoutes(v1, deps);
  registerAgencyRoutes(v1, deps);
  registerAuditRoutes(v1, deps);
  registerCaseRoutes(v1, deps);
  registerPeopleRoutes(v1, deps);
  registerHistoryRoutes(v1, deps);
  registerScreeningRoutes(v1, deps);
  registerCaseScreeningRoutes(v1, deps);
  registerCaseJurisdictionRoutes(v1, deps);
  registerJurisdictionRoutes(v1, deps);
}
