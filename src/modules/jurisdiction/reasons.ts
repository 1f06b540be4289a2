import type { Reason } from '../screening/contract.ts';

type Text = { es: string; en: string };
/** What the texts name: the state, and the forms its law does not cover (in each language). */
export type ReasonContext = { stateName: string; formsEs: string; formsEn: string };

/**
 * Every jurisdiction rule with its explanation in both languages, in the order a decision lists them.
 * Rule ids are stable: a text may be improved, but an id never changes meaning (docs/rules.md).
 */
const RULES = {
  federal_transnational: () => ({
    es: 'El caso es transnacional: los estados solo investigan la trata de personas dentro del país, así que corresponde al fuero federal.',
    en: 'The case is transnational: states investigate only domestic trafficking, so it is a federal case.',
  }),
  federal_organized_crime: () => ({
    es: 'Hay indicios de delincuencia organizada, que las autoridades estatales no pueden investigar: corresponde al fuero federal.',
    en: 'There are signs of organised crime, which state authorities cannot investigate: it is a federal case.',
  }),
  organized_crime_three_or_more_suspects: () => ({
    es: 'Hay tres o más personas probables responsables, lo que se trata como delincuencia organizada: corresponde al fuero federal.',
    en: 'There are three or more suspects, which is treated as organised crime: it is a federal case.',
  }),
  federal_territory: () => ({
    es: 'Los hechos ocurrieron en territorio de administración federal: corresponde al fuero federal.',
    en: 'The events took place on federally administered territory: it is a federal case.',
  }),
  federal_official_involved: () => ({
    es: 'Hay señalamientos contra servidores públicos, que las autoridades estatales no pueden investigar: corresponde al fuero federal.',
    en: 'There are allegations against public officials, which state authorities cannot investigate: it is a federal case.',
  }),
  fevimtra_two_or_fewer_suspects: () => ({
    es: 'Caso federal con dos o menos personas probables responsables: lo atiende la FEVIMTRA.',
    en: 'A federal case with two or fewer suspects: FEVIMTRA handles it.',
  }),
  ueitmpo_organized_crime: () => ({
    es: 'Caso federal con tres o más personas probables responsables o con delincuencia organizada: lo atiende la UEITMPO.',
    en: 'A federal case with three or more suspects or with organised crime: UEITMPO handles it.',
  }),
  federal_unit_may_change: () => ({
    es: 'Aún no se sabe si hay delincuencia organizada; si se acredita, el caso pasa a la UEITMPO.',
    en: 'It is not yet known whether organised crime is involved; if it is shown, the case moves to UEITMPO.',
  }),
  federal_unit_undetermined: () => ({
    es: 'Es un caso federal, pero falta saber cuántas personas probables responsables hay para decidir entre la FEVIMTRA y la UEITMPO.',
    en: 'It is a federal case, but the number of suspects is needed to choose between FEVIMTRA and UEITMPO.',
  }),
  undetermined_missing_facts: () => ({
    es: 'Ningún supuesto federal está acreditado y faltan datos que pueden cambiar la competencia: queda por determinar. Mientras tanto, el caso conserva una autoridad responsable y un plazo.',
    en: 'No federal trigger is established and facts that could change jurisdiction are missing: it is undetermined. Meanwhile the case keeps a responsible authority and a deadline.',
  }),
  state_domestic_case: ({ stateName }: ReasonContext) => ({
    es: `Caso dentro del país, sin delincuencia organizada, sin servidores públicos señalados, fuera de territorio federal y con dos o menos personas probables responsables: corresponde a la fiscalía del estado de ${stateName}.`,
    en: `A domestic case with no organised crime, no officials accused, not on federal territory and two or fewer suspects: the prosecutor of ${stateName} handles it.`,
  }),
  state_law_gap: ({ stateName, formsEs, formsEn }: ReasonContext) => ({
    es: `Según la tabla configurada, la ley penal de ${stateName} no tipifica: ${formsEs}. La Ley General de 2012 rige en todo el país; coordine con la fiscalía federal conforme al protocolo de coordinación.`,
    en: `According to the configured table, the penal law of ${stateName} does not cover: ${formsEn}. The 2012 General Law applies nationwide; coordinate with the federal prosecutor under the coordination protocol.`,
  }),
  state_law_unverified: ({ stateName }: ReasonContext) => ({
    es: `La tabla de formas de explotación tipificadas en ${stateName} aún no está verificada jurídicamente: confirme que la ley estatal cubre las formas del caso.`,
    en: `The table of forms of exploitation covered in ${stateName} is not yet legally verified: confirm that state law covers the forms in this case.`,
  }),
} satisfies Record<string, (context: ReasonContext) => Text>;

export type JurisdictionRuleId = keyof typeof RULES;
export const JURISDICTION_RULE_IDS = Object.keys(RULES) as JurisdictionRuleId[];

/** The reasons for the given rules, deduplicated and in catalog order. */
export function explain(rules: Iterable<JurisdictionRuleId>, context: ReasonContext): Reason[] {
  const wanted = new Set(rules);
  return JURISDICTION_RULE_IDS.filter((rule) => wanted.has(rule)).map((rule) => ({
    rule,
    ...RULES[rule](context),
  }));
}
