import type { Breakdown, IndicatorFigure } from '../../contracts/statistics.ts';
import type { Language } from '../../platform/i18n/languages.ts';
import { cellLabel, dimensionName } from './breakdown-labels.ts';
import { amount, formatCount, yearsAndMonths } from './quantities.ts';

/**
 * One sentence on a count, compared with the year before when that year has a value: "aumentó de 14 en
 * 2011 a al menos 25 en 2012". Null when the figure has no value: the report never invents one.
 */
export function countSentence(
  noun: string,
  current: IndicatorFigure,
  previous: IndicatorFigure | undefined,
  language: Language,
): string | null {
  if (current.value === null) return null;
  const year = current.year;
  const now = amount(current.value, current.provenance.atLeast, language);
  const en = language === 'en';
  if (previous && previous.value !== null) {
    const before = amount(previous.value, previous.provenance.atLeast, language);
    const earlier = previous.year;
    if (current.value === previous.value)
      return en
        ? `The number of ${noun} remained at ${now} in ${year}, as in ${earlier}.`
        : `El número de ${noun} se mantuvo en ${now} en ${year}, igual que en ${earlier}.`;
    const rose = current.value > previous.value;
    return en
      ? `The number of ${noun} ${rose ? 'increased' : 'decreased'} from ${before} in ${earlier} to ${now} in ${year}.`
      : `El número de ${noun} ${rose ? 'aumentó' : 'disminuyó'} de ${before} en ${earlier} a ${now} en ${year}.`;
  }
  if (current.value === 0) {
    if (current.provenance.atLeast)
      return en
        ? `The records for ${year} show no ${noun}, though their coverage is incomplete.`
        : `Los registros de ${year} no muestran ${noun}, aunque su cobertura es incompleta.`;
    return en ? `No ${noun} were recorded in ${year}.` : `En ${year} no se registraron ${noun}.`;
  }
  return en
    ? `In ${year}, the records show ${now} ${noun}.`
    : `En ${year}, los registros muestran ${now} ${noun}.`;
}

/** "Por entidad federativa: Ciudad de México, 13; Puebla, 2." — largest first, zero cells left out. */
export function breakdownSentence(breakdown: Breakdown, language: Language): string | null {
  const cells = breakdown.cells
    .filter((cell) => cell.value > 0)
    .map((cell) => ({ label: cellLabel(breakdown.dimension, cell.key, language), value: cell.value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, language));
  if (cells.length === 0) return null;
  const list = cells.map((cell) => `${cell.label}, ${formatCount(cell.value, language)}`).join('; ');
  const by = language === 'en' ? 'By' : 'Por';
  return `${by} ${dimensionName(breakdown.dimension, language)}: ${list}.`;
}

/** The range of a distribution of years: "de 10 años y 7 meses a 52 años (mediana: 15 años)". */
export function sentenceRangeSentence(figure: IndicatorFigure, language: Language): string | null {
  const spread = figure.distribution;
  if (!spread || spread.count === 0 || spread.min === null || spread.max === null) return null;
  const en = language === 'en';
  const years = (value: number) => yearsAndMonths(value, language);
  const count = formatCount(spread.count, language);
  const median =
    spread.median === null
      ? ''
      : en
        ? ` (median ${years(spread.median)})`
        : ` (mediana: ${years(spread.median)})`;
  if (spread.count === 1)
    return en
      ? `The one prison sentence imposed in ${figure.year} was ${years(spread.min)}.`
      : `La única pena de prisión impuesta en ${figure.year} fue de ${years(spread.min)}.`;
  if (spread.min === spread.max)
    return en
      ? `All ${count} prison sentences imposed in ${figure.year} were of ${years(spread.min)}.`
      : `Las ${count} penas de prisión impuestas en ${figure.year} fueron de ${years(spread.min)}.`;
  return en
    ? `The ${count} prison sentences imposed in ${figure.year} ranged from ${years(spread.min)} to ${years(spread.max)}${median}.`
    : `Las ${count} penas de prisión impuestas en ${figure.year} fueron de ${years(spread.min)} a ${years(spread.max)}${median}.`;
}

/** Said of de-duplicated counts of persons drawn from several agencies, so readers know why it is exact. */
export function deduplicationSentence(figure: IndicatorFigure, language: Language): string | null {
  const agencies = figure.provenance.agencies.length;
  if (!figure.provenance.deduplicated || agencies < 2 || figure.value === null) return null;
  const count = formatCount(agencies, language);
  return language === 'en'
    ? `Each person recorded by more than one of the ${count} agencies is counted once.`
    : `Cada persona registrada por más de una de las ${count} instituciones se cuenta una sola vez.`;
}
