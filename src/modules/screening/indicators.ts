import type { Means } from './vocabulary.ts';

type Indicator<Code extends string> = {
  code: Code;
  /** ILO 2012 "Indicators of forced labour" (11 indicators) or HTCDS 2.0 methods of control. */
  source: 'ILO' | 'HTCDS';
  /** The HTCDS 2.0 field the code exchanges with; ILO indicators have none of their own. */
  htcdsField: string | null;
  /** The Palermo means the indicator is evidence of; null when it signals exploitation but not a means. */
  means: Means | null;
  es: string;
  en: string;
};

function ilo<const Code extends string>(code: Code, means: Means | null, es: string, en: string) {
  return { code, source: 'ILO', htcdsField: null, means, es, en } satisfies Indicator<Code>;
}

function htcds<const Code extends string>(
  code: Code,
  field: string,
  means: Means | null,
  es: string,
  en: string,
) {
  return {
    code,
    source: 'HTCDS',
    htcdsField: `MethodsOfControl${field}`,
    means,
    es,
    en,
  } satisfies Indicator<Code>;
}

/**
 * Indicators a screener can record. Those that describe how a person is controlled count as a Palermo
 * means; working conditions alone do not, because a labour-law violation without coercion is not
 * trafficking. They still make the classifier ask for further assessment.
 */
export const INDICATOR_CATALOG = [
  ilo(
    'ilo_abuse_of_vulnerability',
    'abuse_of_vulnerability',
    'Abuso de vulnerabilidad',
    'Abuse of vulnerability',
  ),
  ilo('ilo_deception', 'deception', 'Engaño', 'Deception'),
  ilo('ilo_restriction_of_movement', 'coercion', 'Restricción de movimiento', 'Restriction of movement'),
  ilo('ilo_isolation', 'coercion', 'Aislamiento', 'Isolation'),
  ilo('ilo_physical_sexual_violence', 'force', 'Violencia física y sexual', 'Physical and sexual violence'),
  ilo('ilo_intimidation_threats', 'threat', 'Intimidación y amenazas', 'Intimidation and threats'),
  ilo(
    'ilo_retention_of_identity_documents',
    'coercion',
    'Retención de documentos',
    'Retention of identity documents',
  ),
  ilo('ilo_withholding_of_wages', 'coercion', 'Retención del salario', 'Withholding of wages'),
  ilo('ilo_debt_bondage', 'coercion', 'Servidumbre por deudas', 'Debt bondage'),
  ilo(
    'ilo_abusive_working_living_conditions',
    null,
    'Condiciones abusivas',
    'Abusive working and living conditions',
  ),
  ilo('ilo_excessive_overtime', null, 'Horas extraordinarias excesivas', 'Excessive overtime'),
  htcds('htcds_debt_bondage', 'DebtBondage', 'coercion', 'Servidumbre por deudas', 'Debt bondage'),
  htcds('htcds_takes_earnings', 'TakesEarnings', 'coercion', 'Le quitan sus ganancias', 'Takes earnings'),
  htcds(
    'htcds_restricts_financial_access',
    'RestrictsFinancialAccess',
    'coercion',
    'Sin acceso a su dinero',
    'Restricts financial access',
  ),
  htcds('htcds_threats', 'Threats', 'threat', 'Amenazas', 'Threats'),
  htcds(
    'htcds_psychological_abuse',
    'PsychologicalAbuse',
    'coercion',
    'Abuso psicológico',
    'Psychological abuse',
  ),
  htcds('htcds_physical_abuse', 'PhysicalAbuse', 'force', 'Abuso físico', 'Physical abuse'),
  htcds('htcds_sexual_abuse', 'SexualAbuse', 'force', 'Abuso sexual como forma de control', 'Sexual abuse'),
  htcds('htcds_false_promises', 'FalsePromises', 'deception', 'Falsas promesas', 'False promises'),
  htcds(
    'htcds_psychoactive_substances',
    'PsychoactiveSubstances',
    'abuse_of_vulnerability',
    'Sustancias psicoactivas',
    'Psychoactive substances',
  ),
  htcds(
    'htcds_restricts_movement',
    'RestrictsMovement',
    'coercion',
    'Restricción de movimiento',
    'Restricts movement',
  ),
  htcds(
    'htcds_restricts_medical_care',
    'RestrictsMedicalCare',
    'coercion',
    'Sin acceso a atención médica',
    'Restricts medical care',
  ),
  htcds(
    'htcds_excessive_working_hours',
    'ExcessiveWorkingHours',
    null,
    'Jornadas excesivas',
    'Excessive working hours',
  ),
  htcds(
    'htcds_uses_children',
    'UsesChildren',
    'coercion',
    'Control mediante sus hijas o hijos',
    'Uses children',
  ),
  htcds(
    'htcds_threat_of_law_enforcement',
    'ThreatOfLawEnforcement',
    'threat',
    'Amenaza con denunciarle a las autoridades',
    'Threat of law enforcement',
  ),
  htcds(
    'htcds_withholds_necessities',
    'WithholdsNecessities',
    'coercion',
    'Le niega lo necesario para vivir',
    'Withholds necessities',
  ),
  htcds(
    'htcds_withholds_documents',
    'WithholdsDocuments',
    'coercion',
    'Retiene sus documentos',
    'Withholds documents',
  ),
  htcds('htcds_other', 'Other', null, 'Otra forma de control', 'Other method of control'),
];

export type IndicatorCode = (typeof INDICATOR_CATALOG)[number]['code'];

export const INDICATOR_CODES = INDICATOR_CATALOG.map((indicator) => indicator.code) as [
  IndicatorCode,
  ...IndicatorCode[],
];

export function meansShownBy(code: IndicatorCode): Means | null {
  return INDICATOR_CATALOG.find((indicator) => indicator.code === code)!.means;
}
