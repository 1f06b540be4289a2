import type { Settings } from '../../platform/config/config.ts';
import type { AnnualFiguresSource } from './annual-figures-source.ts';
import { computeAnnualFigures } from './compute-annual-figures.ts';

/** The statistics engine under the operator's consent-for-statistics policy. */
export const configuredFiguresSource =
  (settings: Pick<Settings, 'statisticsConsent'>): AnnualFiguresSource =>
  (db, caller, year, options) =>
    computeAnnualFigures(db, caller, year, { statisticsConsent: settings.statisticsConsent, ...options });
