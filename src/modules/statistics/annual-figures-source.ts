import type { Kysely } from 'kysely';
import type { AnnualFigures } from '../../contracts/statistics.ts';
import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { CaseCaller } from '../cases/case-actor.ts';

/**
 * How figures are computed: the consent-for-statistics policy (the operator's
 * ENLACE_STATISTICS_CONSENT when omitted) and the moment they are computed as of (now when omitted).
 */
export type AnnualFiguresOptions = { statisticsConsent?: StatisticsConsentPolicy; asOf?: Date };

/**
 * Where the report, the publication and the web app get a year's figures. The statistics engine
 * computes them from the records (`computeAnnualFigures`); renderers take a source instead of the engine
 * so that they can be tested against hand-built figures.
 */
export type AnnualFiguresSource = (
  db: Kysely<Schema>,
  caller: CaseCaller,
  year: number,
  options?: AnnualFiguresOptions,
) => Promise<AnnualFigures>;
