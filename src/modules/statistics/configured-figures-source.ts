import type { Kysely } from 'kysely';
import type { Settings } from '../../platform/config/config.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { AnnualFiguresSource } from './annual-figures-source.ts';
import { computeAnnualFigures } from './compute-annual-figures.ts';

/**
 * The statistics engine under the operator's consent-for-statistics policy, reading from the reporting
 * replica when one is configured (`Database.reporting`) and from the caller's connection otherwise.
 */
export const configuredFiguresSource =
  (settings: Pick<Settings, 'statisticsConsent'>, reporting?: Kysely<Schema>): AnnualFiguresSource =>
  (db, caller, year, options) =>
    computeAnnualFigures(reporting ?? db, caller, year, {
      statisticsConsent: settings.statisticsConsent,
      ...options,
    });
