import type { JurisdictionFacts } from '../api/jurisdiction.ts';

export const YES_NO_FACTS = [
  'transnational',
  'organizedCrime',
  'federalTerritory',
  'officialInvolved',
] as const;
type YesNoFact = (typeof YES_NO_FACTS)[number];
export type TriState = 'yes' | 'no' | 'unknown';
/** A select option needs a value of its own for "not known". */
export const UNKNOWN_STATE = 'unknown';

/** What the form edits: "unknown" and an empty count or list all mean "not yet known". */
export type FactsFormValues = Record<YesNoFact, TriState> & {
  state: string;
  suspectCount: number | string;
  forms: string[];
};

const toTri = (value: boolean | null | undefined): TriState =>
  value === true ? 'yes' : value === false ? 'no' : 'unknown';
const fromTri = (value: TriState): boolean | null => (value === 'unknown' ? null : value === 'yes');

/** The last decision's facts, or the case's state and nothing else known yet. */
export function formValuesFrom(facts: JurisdictionFacts | null, caseState: string | null): FactsFormValues {
  return {
    state: (facts ? facts.state : caseState) ?? UNKNOWN_STATE,
    transnational: toTri(facts?.transnational),
    organizedCrime: toTri(facts?.organizedCrime),
    federalTerritory: toTri(facts?.federalTerritory),
    officialInvolved: toTri(facts?.officialInvolved),
    suspectCount: facts?.suspectCount ?? '',
    forms: facts?.forms ?? [],
  };
}

export function factsFrom(values: FactsFormValues): JurisdictionFacts {
  return {
    state: values.state === UNKNOWN_STATE ? null : (values.state as JurisdictionFacts['state']),
    transnational: fromTri(values.transnational),
    organizedCrime: fromTri(values.organizedCrime),
    federalTerritory: fromTri(values.federalTerritory),
    officialInvolved: fromTri(values.officialInvolved),
    suspectCount: typeof values.suspectCount === 'number' ? values.suspectCount : null,
    forms: values.forms.length > 0 ? (values.forms as NonNullable<JurisdictionFacts['forms']>) : null,
  };
}
