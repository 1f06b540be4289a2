import type { ScreeningFacts } from './contract.ts';
import { type IndicatorCode, meansShownBy } from './indicators.ts';
import {
  ACTS,
  type Act,
  ADULT_AGE,
  inCanonicalOrder,
  MEANS,
  MEXICAN_LAW_ONLY_PURPOSES,
  type Means,
  PURPOSES,
  type Purpose,
  type ScreeningElement,
} from './vocabulary.ts';

/** true = observed, false = asked and none observed, null = not yet known. */
export type Status = boolean | null;

export type Elements = {
  act: Status;
  /** Any purpose, including those only Mexican law counts. */
  purpose: Status;
  palermoPurpose: Status;
  means: Status;
  /** Means named directly, as opposed to inferred from indicators or from the crossing. */
  meansReported: boolean;
  child: Status;
  forms: Purpose[];
  meansFromIndicators: Means[];
  indicatorsPresent: boolean;
  paidCrossing: boolean;
  notFreeToLeave: boolean;
};

type Observed<T> = { values: T[]; status: Status };

/** An observation always wins over "unknown"; "unknown" only turns an empty list into "not yet known". */
function observe<T extends string>(
  canonical: readonly T[],
  list: readonly T[] | null | undefined,
  asked: boolean,
) {
  const values = inCanonicalOrder(canonical, list ?? []);
  const status: Status = values.length > 0 ? true : Array.isArray(list) && asked ? false : null;
  return { values, status } satisfies Observed<T>;
}

export function assessElements(facts: ScreeningFacts): Elements {
  const unknown = new Set<ScreeningElement>(facts.unknown ?? []);
  const acts = observe<Act>(ACTS, facts.acts, !unknown.has('acts'));
  const purposes = observe<Purpose>(PURPOSES, facts.purposes, !unknown.has('purposes'));
  const palermoOnly = facts.purposes?.filter((value) => !MEXICAN_LAW_ONLY_PURPOSES.includes(value));
  const palermoPurposes = observe<Purpose>(PURPOSES, palermoOnly, !unknown.has('purposes'));
  const indicators: IndicatorCode[] = facts.indicators ?? [];
  const notFreeToLeave = facts.smuggling?.freeToLeaveOnArrival === false;
  const paidCrossing = facts.smuggling?.paidToCrossBorder === true;
  const meansFromIndicators = inCanonicalOrder(
    MEANS,
    indicators.map(meansShownBy).filter((shown) => shown !== null),
  );
  // Not being free to leave on arrival is a restriction of liberty: coercion.
  const derivedMeans: Means[] = notFreeToLeave ? [...meansFromIndicators, 'coercion'] : meansFromIndicators;
  // A smuggled person's freedom on arrival is itself a question about means: until it is answered,
  // "no means observed" is not the whole answer.
  const arrivalUnanswered = paidCrossing && facts.smuggling?.freeToLeaveOnArrival == null;
  const meansAsked = Array.isArray(facts.means) && !unknown.has('means') && !arrivalUnanswered;
  const means = observe<Means>(MEANS, [...(facts.means ?? []), ...derivedMeans], meansAsked);
  return {
    act: acts.status,
    purpose: purposes.status,
    palermoPurpose: palermoPurposes.status,
    means: means.status,
    meansReported: (facts.means ?? []).length > 0,
    child: facts.age == null ? null : facts.age < ADULT_AGE,
    forms: purposes.values,
    meansFromIndicators,
    indicatorsPresent: indicators.length > 0,
    paidCrossing,
    notFreeToLeave,
  };
}
