import type { Kysely, Transaction } from 'kysely';
import type { ApproveReleaseRequest, ReleaseRecord } from '../../contracts/publication.ts';
import type { IndicatorFigure } from '../../contracts/statistics.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { AnnualFiguresSource } from '../statistics/annual-figures-source.ts';
import type { UniformRandom } from './laplace-noise.ts';
import { protectFigures } from './protect-figures.ts';
import { requirePublisher } from './release-access.ts';
import { releaseRecordView } from './release-views.ts';

export type ApprovalDependencies = {
  db: Kysely<Schema>;
  /** The statistics engine; publication never counts records itself. */
  source: AnnualFiguresSource;
  /** ENLACE_DISCLOSURE_THRESHOLD: the default and the least threshold a release may use. */
  minimumThreshold: number;
  random: UniformRandom;
  /** The current year, for refusing years that have not begun. */
  today?: () => Date;
};

/**
 * The commission approves a year's indicators for release: the engine computes the figures once, here,
 * disclosure control protects them (noise drawn once), and the result is stored as an immutable
 * snapshot with who, when and how it was protected. The public only ever reads that snapshot.
 */
export async function approveRelease(
  deps: ApprovalDependencies,
  caller: CaseCaller,
  request: ApproveReleaseRequest,
): Promise<ReleaseRecord> {
  const threshold = request.threshold ?? deps.minimumThreshold;
  await withActor(deps.db, caller, async (trx) => {
    await requirePublisher(trx, caller);
    checkRequest(request, threshold, deps);
    await requireNoReleaseInForce(trx, request.year);
  });
  const figures = await deps.source(deps.db, caller, request.year);
  if (figures.year !== request.year) throw new Error('the statistics engine answered another year');
  const chosen = chooseIndicators(figures.indicators, request.indicatorCodes, request.year);
  const noise = request.epsilon === undefined ? undefined : { epsilon: request.epsilon, random: deps.random };
  const { indicators, privacyBudget } = protectFigures(chosen, { threshold, ...(noise ? { noise } : {}) });
  return withActor(deps.db, caller, async (trx) => {
    const publisher = await requirePublisher(trx, caller);
    const row = await trx
      .insertInto('statistical_releases')
      .values({
        year: request.year,
        indicator_codes: chosen.map((figure) => figure.code),
        threshold,
        epsilon: request.epsilon ?? null,
        privacy_budget: privacyBudget,
        figures: JSON.stringify(indicators),
        computed_at: figures.computedAt,
        publisher_name: publisher,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch((error: { code?: string }) => {
        throw error.code === '23505'
          ? new ProblemError(409, 'release_in_force', { year: request.year })
          : error;
      });
    await recordAudit(trx, {
      action: 'statistics.release_approved',
      recordType: 'statistical_release',
      recordId: row.id,
      details: {
        year: row.year,
        indicatorCodes: row.indicator_codes,
        threshold,
        epsilon: row.epsilon,
        privacyBudget,
      },
    });
    return releaseRecordView(row);
  });
}

function checkRequest(request: ApproveReleaseRequest, threshold: number, deps: ApprovalDependencies): void {
  const currentYear = (deps.today?.() ?? new Date()).getUTCFullYear();
  if (request.year > currentYear)
    throw new ProblemError(400, 'release_year_not_begun', { year: request.year, latest: currentYear });
  if (threshold < deps.minimumThreshold)
    throw new ProblemError(400, 'disclosure_threshold_too_low', {
      threshold,
      minimum: deps.minimumThreshold,
    });
  const repeated = request.indicatorCodes.filter((code, index, codes) => codes.indexOf(code) !== index);
  if (repeated.length > 0)
    throw new ProblemError(400, 'indicator_codes_repeated', { codes: [...new Set(repeated)].join(', ') });
}

async function requireNoReleaseInForce(trx: Transaction<Schema>, year: number) {
  const inForce = await trx
    .selectFrom('statistical_releases')
    .select('id')
    .where('year', '=', year)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  if (inForce) throw new ProblemError(409, 'release_in_force', { year });
}

/** The approved indicators in the order the commission listed them; a code the engine lacks is refused. */
function chooseIndicators(figures: readonly IndicatorFigure[], codes: readonly string[], year: number) {
  const byCode = new Map(figures.map((figure) => [figure.code, figure]));
  const unknown = codes.filter((code) => !byCode.has(code));
  if (unknown.length > 0)
    throw new ProblemError(400, 'unknown_indicator_codes', { codes: unknown.join(', '), year });
  return codes.map((code) => byCode.get(code)!);
}
