/**
 * The words the classifier speaks: the three Palermo elements (art. 3 of the 2000 UN Protocol) and the
 * forms of exploitation of Mexico's 2012 General Law (art. 10). Order here is the canonical order of every
 * list the classifier returns, so results never depend on the order facts arrive in.
 */
export const ACTS = ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt'] as const;
export type Act = (typeof ACTS)[number];

export const MEANS = [
  'threat',
  'force',
  'coercion',
  'abduction',
  'fraud',
  'deception',
  'abuse_of_power',
  'abuse_of_vulnerability',
  'payment_to_controller',
] as const;
export type Means = (typeof MEANS)[number];

export const PURPOSES = [
  'sexual_exploitation',
  'forced_labour',
  'slavery',
  'servitude',
  'forced_begging',
  'forced_criminality',
  'organ_removal',
  'forced_marriage',
  'illegal_adoption',
  'biomedical_experimentation',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** An offence under the 2012 General Law that the Palermo Protocol does not count as trafficking. */
export const MEXICAN_LAW_ONLY_PURPOSES: readonly Purpose[] = ['illegal_adoption'];

/** The fact fields a screener can mark as "not yet known". */
export const SCREENING_ELEMENTS = ['age', 'acts', 'means', 'purposes', 'indicators', 'smuggling'] as const;
export type ScreeningElement = (typeof SCREENING_ELEMENTS)[number];

/** Under 18 is a child (Palermo art. 3(d); 2012 General Law). */
export const ADULT_AGE = 18;

export function inCanonicalOrder<T extends string>(canonical: readonly T[], values: Iterable<T>): T[] {
  const present = new Set(values);
  return canonical.filter((value) => present.has(value));
}
