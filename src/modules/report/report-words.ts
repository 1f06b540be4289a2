import type {
  Criterion,
  Rating,
  RecommendationStatus,
  Tier,
  TierReason,
} from '../../contracts/annual-report.ts';
import type { Language } from '../../platform/i18n/languages.ts';

type Words = { es: string; en: string };

/** The report's fixed wording; sentences built from figures live in sentences.ts. */
export const pick = (words: Words, language: Language) => (language === 'en' ? words.en : words.es);

export const COUNTRY: Words = { es: 'México', en: 'Mexico' };

export const TIER_WORDS: Record<Tier, Words> = {
  '1': { es: 'Nivel 1', en: 'Tier 1' },
  '2': { es: 'Nivel 2', en: 'Tier 2' },
  '2_watch_list': { es: 'Nivel 2, Lista de Vigilancia', en: 'Tier 2 Watch List' },
  '3': { es: 'Nivel 3', en: 'Tier 3' },
};

export const TIER_STATEMENTS: Record<Tier, Words> = {
  '1': {
    es: 'El Gobierno de México cumple plenamente las normas mínimas para la eliminación de la trata de personas.',
    en: 'The Government of Mexico fully complies with the minimum standards for the elimination of trafficking.',
  },
  '2': {
    es: 'El Gobierno de México no cumple plenamente las normas mínimas para la eliminación de la trata de personas; sin embargo, realiza esfuerzos significativos para lograrlo.',
    en: 'The Government of Mexico does not fully comply with the minimum standards for the elimination of trafficking; however, it is making significant efforts to do so.',
  },
  '2_watch_list': {
    es: 'El Gobierno de México no cumple plenamente las normas mínimas para la eliminación de la trata de personas; sin embargo, realiza esfuerzos significativos para lograrlo, y permanece en la Lista de Vigilancia.',
    en: 'The Government of Mexico does not fully comply with the minimum standards for the elimination of trafficking; however, it is making significant efforts to do so, and it remains on the Watch List.',
  },
  '3': {
    es: 'El Gobierno de México no cumple plenamente las normas mínimas para la eliminación de la trata de personas y no realiza esfuerzos significativos para lograrlo.',
    en: 'The Government of Mexico does not fully comply with the minimum standards for the elimination of trafficking and is not making significant efforts to do so.',
  },
};

export const HEADINGS = {
  summary: { es: 'Resumen', en: 'Summary' },
  recommendations: { es: 'Recomendaciones para México', en: 'Recommendations for Mexico' },
  prosecution: { es: 'Persecución del delito', en: 'Prosecution' },
  protection: { es: 'Protección', en: 'Protection' },
  prevention: { es: 'Prevención', en: 'Prevention' },
  assessment: { es: 'Evaluación', en: 'Assessment' },
  annex: { es: 'Anexo: cifras y su procedencia', en: 'Annex: figures and their provenance' },
} satisfies Record<string, Words>;

export const CRITERION_WORDS: Record<Criterion, Words> = {
  prohibits_and_punishes: { es: 'Prohíbe y sanciona la trata', en: 'Prohibits and punishes trafficking' },
  punishment_commensurate: {
    es: 'Penas proporcionales a delitos graves',
    en: 'Punishment commensurate with grave crimes',
  },
  punishment_stringent: { es: 'Penas suficientemente severas', en: 'Sufficiently stringent punishment' },
  serious_sustained_efforts: {
    es: 'Esfuerzos serios y sostenidos',
    en: 'Serious and sustained efforts',
  },
  law_enforcement: {
    es: 'Investiga, procesa y condena con datos',
    en: 'Vigorous investigation, prosecution and conviction, with data',
  },
  victim_protection: {
    es: 'Protege a las víctimas (alternativas a la deportación, no sanción)',
    en: 'Protects victims (alternatives to removal, non-punishment)',
  },
  prevention: { es: 'Previene la trata', en: 'Prevents trafficking' },
  international_cooperation: { es: 'Coopera con otros gobiernos', en: 'Cooperates with other governments' },
  extradition: { es: 'Extradita', en: 'Extradites' },
  migration_monitoring: { es: 'Vigila los patrones migratorios', en: 'Monitors migration patterns' },
  official_complicity: {
    es: 'Actúa contra servidores públicos cómplices',
    en: 'Acts against complicit officials',
  },
  foreign_victims: { es: 'Proporción de víctimas extranjeras', en: 'Share of non-citizen victims' },
  partnerships: { es: 'Alianzas con la sociedad civil', en: 'Partnerships with civil society' },
  self_monitoring: {
    es: 'Se evalúa y publica evaluaciones periódicas',
    en: 'Monitors itself and publishes periodic assessments',
  },
  appreciable_progress: {
    es: 'Progreso apreciable respecto del año anterior',
    en: 'Appreciable progress over the previous year',
  },
  demand_reduction: { es: 'Reduce la demanda', en: 'Reduces demand' },
};

export const CRITERION_GROUPS = {
  standard: { es: 'Norma mínima', en: 'Minimum standard' },
  indicium: {
    es: 'Indicio de esfuerzos serios y sostenidos',
    en: 'Indicium of serious and sustained efforts',
  },
} satisfies Record<string, Words>;

export const RATING_WORDS: Record<Rating, Words> = {
  met: { es: 'Cumple', en: 'Met' },
  partly_met: { es: 'Cumple en parte', en: 'Partly met' },
  not_met: { es: 'No cumple', en: 'Not met' },
};

export const REASON_WORDS: Record<TierReason, Words> = {
  minimum_standards_met: {
    es: 'Las personas revisoras juzgaron cumplidas todas las normas mínimas.',
    en: 'Reviewers judged every minimum standard met.',
  },
  minimum_standards_not_met: {
    es: 'No todas las normas mínimas se juzgaron cumplidas.',
    en: 'Not every minimum standard was judged met.',
  },
  significant_efforts: {
    es: 'Los esfuerzos son significativos.',
    en: 'The efforts are significant.',
  },
  no_significant_efforts: {
    es: 'Los esfuerzos no son significativos.',
    en: 'The efforts are not significant.',
  },
  awaiting_judgements: {
    es: 'Aún no hay dictámenes sobre los indicios; la sugerencia se basa solo en las cifras.',
    en: 'No indicium has been judged yet; the suggestion rests on the figures alone.',
  },
  victims_significantly_increasing: {
    es: 'El número de víctimas identificadas aumentó de forma significativa (25 % o más).',
    en: 'The number of victims identified increased significantly (25% or more).',
  },
  no_evidence_of_increasing_efforts: {
    es: 'No hay evidencia de esfuerzos crecientes respecto del año anterior.',
    en: 'There is no evidence of increasing efforts over the previous year.',
  },
  watch_list_limit: {
    es: 'Dos años consecutivos en la Lista de Vigilancia: corresponde el Nivel 3 salvo dispensa.',
    en: 'Two consecutive years on the Watch List: Tier 3 unless waived.',
  },
  watch_list_waiver_available: {
    es: 'Una dispensa de un año podría mantener al país en la Lista de Vigilancia.',
    en: 'A one-year waiver could keep the country on the Watch List.',
  },
  watch_list_waiver_used: {
    es: 'La dispensa ya se usó; no cabe otra.',
    en: 'The waiver has already been used; no other is possible.',
  },
};

export const STATUS_WORDS: Record<RecommendationStatus, Words> = {
  not_started: { es: 'Sin iniciar', en: 'Not started' },
  in_progress: { es: 'En curso', en: 'In progress' },
  achieved: { es: 'Cumplida', en: 'Achieved' },
  dropped: { es: 'Descartada', en: 'Dropped' },
};

export const PHRASES = {
  annualReport: { es: 'Informe anual', en: 'Annual report' },
  assessedTier: { es: 'Nivel asignado', en: 'Assessed tier' },
  notAssessed: { es: 'aún sin asignar', en: 'not yet assessed' },
  suggestedTier: { es: 'Nivel sugerido', en: 'Suggested tier' },
  suggested: { es: 'sugerido', en: 'suggested' },
  noData: { es: 'sin datos', en: 'no data' },
  notJudged: { es: 'Sin dictamen', en: 'Not judged' },
  yes: { es: 'sí', en: 'yes' },
  no: { es: 'no', en: 'no' },
  owner: { es: 'Responsable', en: 'Owner' },
  due: { es: 'Fecha límite', en: 'Due' },
  status: { es: 'Estado', en: 'Status' },
  measuredBy: { es: 'Se mide con', en: 'Measured by' },
  progress: { es: 'Avance', en: 'Progress' },
  noRecommendations: {
    es: 'No hay recomendaciones registradas para seguimiento.',
    en: 'No recommendations are tracked.',
  },
  noFigures: {
    es: 'Los registros de este año no contienen cifras para esta sección.',
    en: 'This year’s records hold no figures for this section.',
  },
  convictionsByForm: { es: 'Condenas por forma de explotación', en: 'Convictions by form of exploitation' },
  victimsByForm: {
    es: 'Víctimas identificadas por forma de explotación',
    en: 'Victims identified by form of exploitation',
  },
  convictionsByState: { es: 'Condenas por entidad federativa', en: 'Convictions by state' },
  mapLegend: {
    es: 'Cada casilla es una entidad; el tono más oscuro indica más condenas. «—»: sin datos.',
    en: 'Each tile is a state; darker tiles had more convictions. “—”: no data.',
  },
} satisfies Record<string, Words>;

export const ASSESSMENT_COLUMNS: Words[] = [
  { es: 'Tipo', en: 'Kind' },
  { es: 'Criterio', en: 'Criterion' },
  { es: 'Evidencia de las cifras', en: 'Evidence from the figures' },
  { es: 'Dictamen', en: 'Judgement' },
  { es: 'Quién y cuándo', en: 'Who and when' },
];

export const ANNEX_COLUMNS: Words[] = [
  { es: 'Indicador', en: 'Indicator' },
  { es: 'Valor', en: 'Value' },
  { es: 'Año anterior', en: 'Previous year' },
  { es: '¿Mínimo?', en: 'At least?' },
  { es: '¿Personas deduplicadas?', en: 'Persons de-duplicated?' },
  { es: 'Completitud', en: 'Completeness' },
  { es: 'Instituciones (registros, completitud)', en: 'Agencies (records, completeness)' },
  { es: 'Excluidos por consentimiento', en: 'Excluded by consent' },
];
