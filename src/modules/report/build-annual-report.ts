import type { Kysely } from 'kysely';
import type { AnnualReport } from '../../contracts/annual-report.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { Language } from '../../platform/i18n/languages.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { AnnualFiguresSource } from '../statistics/annual-figures-source.ts';
import { loadJudgements, loadTierHistory } from './assessment-store.ts';
import { composeAssessment } from './compose-assessment.ts';
import { composeReport } from './compose-report.ts';
import { requireReportReader } from './report-access.ts';
import { loadRecommendations } from './tracker-store.ts';

/**
 * A year's annual report for a reader of reports: the figures of that year and the one before from the
 * source, the stored judgements, tier history and tracked recommendations, in one language. The
 * reading is audited; the figures are aggregates and name nobody.
 */
export async function buildAnnualReport(
  db: Kysely<Schema>,
  caller: CaseCaller,
  year: number,
  language: Language,
  figures: AnnualFiguresSource,
): Promise<AnnualReport> {
  const stored = await withActor(db, caller, async (trx) => {
    await requireReportReader(trx, caller);
    const result = {
      judgements: await loadJudgements(trx, year),
      history: await loadTierHistory(trx),
      recommendations: await loadRecommendations(trx),
    };
    await recordAudit(trx, { action: 'report.read', details: { year, language } });
    return result;
  });
  const current = await figures(db, caller, year);
  const previous = await figures(db, caller, year - 1);
  const assessment = composeAssessment({
    current,
    previous,
    judgements: stored.judgements,
    history: stored.history,
  });
  return composeReport({ current, previous, assessment, recommendations: stored.recommendations }, language);
}
