import type { FastifyInstance } from 'fastify';
import { registerAgencyRoutes } from '../platform/access/agency-routes.ts';
import { registerAdminRoutes } from '../platform/admin/routes.ts';
import { registerAuditRoutes } from '../platform/audit/routes.ts';
import type { AppDependencies } from '../platform/http/app.ts';
import { registerNotificationRoutes } from '../platform/notifications/routes.ts';
import { registerAttachmentRoutes } from './attachments/routes.ts';
import { registerCaseAuditRoutes } from './case-audit/routes.ts';
import { registerNoteRoutes } from './case-notes/routes.ts';
import { registerPeopleRoutes } from './cases/people-routes.ts';
import { registerCaseRoutes } from './cases/routes.ts';
import { registerConsentRoutes } from './consent/routes.ts';
import { registerExchangeRoutes } from './exchange/routes.ts';
import { registerExploitationRoutes } from './exploitation/routes.ts';
import { registerFollowUpRoutes } from './follow-up/routes.ts';
import { registerHistoryRoutes } from './history/routes.ts';
import { registerCaseJurisdictionRoutes } from './jurisdiction/case-routes.ts';
import { registerJurisdictionClockRoutes } from './jurisdiction/clock-routes.ts';
import { registerJurisdictionRoutes } from './jurisdiction/routes.ts';
import { registerLegalRoutes } from './legal/routes.ts';
import { registerPersonClusterRoutes } from './linkage/persons/routes.ts';
import { registerLinkageReviewRoutes } from './linkage/review/routes.ts';
import { registerProtectionRoutes } from './protection/routes.ts';
import { registerPublicStatisticsRoutes, registerReleaseRoutes } from './publication/routes.ts';
import { registerDirectoryRoutes } from './referrals/directory-routes.ts';
import { registerReferralRoutes } from './referrals/referral-routes.ts';
import { registerReportRoutes } from './report/report-routes.ts';
import { registerTrackerRoutes } from './report/tracker-routes.ts';
import { registerCaseScreeningRoutes } from './screening/case-routes.ts';
import { registerInstrumentRoutes } from './screening/instrument-routes.ts';
import { registerScreeningRoutes } from './screening/routes.ts';
import { configuredFiguresSource } from './statistics/configured-figures-source.ts';
import { registerStatisticsRoutes } from './statistics/routes.ts';
import { registerSuspectRoleRoutes } from './suspects/routes.ts';

/** Every module's routes under /api/v1; the application factory is the only caller. */
export function registerModuleRoutes(v1: FastifyInstance, deps: AppDependencies): void {
  registerAdminRoutes(v1, deps);
  registerAgencyRoutes(v1, deps);
  registerAuditRoutes(v1, deps);
  registerCaseRoutes(v1, deps);
  registerPeopleRoutes(v1, deps);
  registerHistoryRoutes(v1, deps);
  registerCaseAuditRoutes(v1, deps);
  registerExploitationRoutes(v1, deps);
  registerSuspectRoleRoutes(v1, deps);
  registerLegalRoutes(v1, deps);
  registerProtectionRoutes(v1, deps);
  registerConsentRoutes(v1, deps);
  registerNoteRoutes(v1, deps);
  registerAttachmentRoutes(v1, deps);
  registerExchangeRoutes(v1, deps);
  registerScreeningRoutes(v1, deps);
  registerInstrumentRoutes(v1, deps);
  registerCaseScreeningRoutes(v1, deps);
  registerCaseJurisdictionRoutes(v1, deps);
  registerJurisdictionRoutes(v1, deps);
  registerJurisdictionClockRoutes(v1, deps);
  registerNotificationRoutes(v1, deps);
  registerDirectoryRoutes(v1, deps);
  registerReferralRoutes(v1, deps);
  registerReleaseRoutes(v1, deps);
  registerPublicStatisticsRoutes(v1, deps);
  registerTrackerRoutes(v1, deps);
  registerReportRoutes(
    v1,
    deps,
    deps.annualFiguresSource ?? configuredFiguresSource(deps.settings, deps.database.reporting),
  );
  registerFollowUpRoutes(v1, deps);
  registerLinkageReviewRoutes(v1, deps);
  registerPersonClusterRoutes(v1, deps);
  registerStatisticsRoutes(v1, deps);
}
