import {
  PUBLIC_CODE_PATTERN,
  type PublishedDistribution,
  type PublishedIndicator,
} from '../../contracts/publication.ts';
import type { IndicatorFigure } from '../../contracts/statistics.ts';
import { type CountCell, isSmallCount, protectMargin } from './disclosure-control.ts';
import { noisyCount, type UniformRandom } from './laplace-noise.ts';

export type DisclosureOptions = {
  threshold: number;
  /** Differential privacy for counts; the draws happen here, once, and the result is what is stored. */
  noise?: { epsilon: number; random: UniformRandom };
};

export type ProtectedFigures = {
  indicators: PublishedIndicator[];
  /** ε spent by the whole release: each noised group of counts spends ε (sequential composition). */
  privacyBudget: number | null;
};

/**
 * Disclosure control for the indicators a release publishes. With noise, counts are noised first and
 * suppression looks only at noised values, so that which cells are hidden does not reveal true ones.
 */
export function protectFigures(
  figures: readonly IndicatorFigure[],
  options: DisclosureOptions,
): ProtectedFigures {
  let noisedGroups = 0;
  const indicators = figures.map((figure) => {
    const { indicator, groups } = protectIndicator(figure, options);
    noisedGroups += groups;
    return indicator;
  });
  const privacyBudget = options.noise ? roundBudget(noisedGroups * options.noise.epsilon) : null;
  return { indicators, privacyBudget };
}

/** One indicator, and how many groups of counts it noised (each spends ε). */
export function protectIndicator(
  figure: IndicatorFigure,
  options: DisclosureOptions,
): { indicator: PublishedIndicator; groups: number } {
  requirePublicCodes(figure);
  const count = countTransform(options);
  const { threshold } = options;
  const isCount = figure.unit === 'count';
  const distributionCount = figure.distribution ? count(figure.distribution.count) : null;
  const distribution =
    figure.distribution && protectDistribution(figure.distribution, distributionCount!, threshold);
  const agencies = figure.provenance.agencies.map((agency) => ({
    key: agency.agencyName,
    value: count(agency.records),
  }));
  const value = isCount ? (figure.value === null ? null : count(figure.value)) : figure.value;
  // A figure that is not a count (a median, a share) stands for the records behind it.
  const support = isCount ? value : (distributionCount ?? agencies.reduce((sum, a) => sum + a.value, 0));
  const suppressed = support !== null && isSmallCount(support, threshold);
  const breakdowns =
    isCount && value !== null
      ? figure.breakdowns.map((breakdown) => ({
          dimension: breakdown.dimension,
          cells: protectMargin(
            breakdown.cells.map((cell): CountCell => ({ key: cell.key, value: count(cell.value) })),
            threshold,
            suppressed,
          ),
        }))
      : [];
  const protectedAgencies = protectMargin(agencies, threshold, suppressed);
  const indicator: PublishedIndicator = {
    code: figure.code,
    section: figure.section,
    unit: figure.unit,
    value: suppressed ? null : value,
    suppressed,
    noisy: options.noise !== undefined,
    distribution,
    breakdowns,
    provenance: {
      agencies: figure.provenance.agencies.map((agency, index) => ({
        agencyName: agency.agencyName,
        agencyType: agency.agencyType,
        records: protectedAgencies[index]!.value,
        suppressed: protectedAgencies[index]!.suppressed,
      })),
      deduplicated: figure.provenance.deduplicated,
      completeness: Math.round(figure.provenance.completeness * 10) / 10,
      atLeast: figure.provenance.atLeast,
    },
  };
  const groups = options.noise
    ? (isCount && value !== null ? 1 : 0) +
      breakdowns.length +
      (distribution ? 1 : 0) +
      (agencies.length ? 1 : 0)
    : 0;
  return { indicator, groups };
}

function protectDistribution(
  distribution: NonNullable<IndicatorFigure['distribution']>,
  noised: number,
  threshold: number,
): PublishedDistribution {
  if (isSmallCount(noised, threshold))
    return { count: null, min: null, median: null, max: null, suppressed: true };
  const { min, median, max } = distribution;
  return { count: noised, min, median, max, suppressed: false };
}

function countTransform({ noise }: DisclosureOptions): (value: number) => number {
  if (!noise) return (value) => value;
  return (value) => noisyCount(value, noise.epsilon, noise.random);
}

/** The engine speaks in codes; free text in a code or a key would be a bug that could carry a name. */
function requirePublicCodes(figure: IndicatorFigure): void {
  const codes = [
    figure.code,
    ...figure.breakdowns.flatMap((breakdown) => breakdown.cells.map((cell) => cell.key)),
    ...figure.provenance.agencies.map((agency) => agency.agencyType),
  ];
  const invalid = codes.find((code) => !PUBLIC_CODE_PATTERN.test(code));
  if (invalid !== undefined) throw new Error('an indicator carries a code or key that is not a code');
}

const roundBudget = (budget: number) => Math.round(budget * 1e6) / 1e6;
