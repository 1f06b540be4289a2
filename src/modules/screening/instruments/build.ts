import type { IndicatorCode } from '../indicators.ts';
import type { Act, Means, Purpose } from '../vocabulary.ts';
import type { FactTarget, Question } from './types.ts';

/** A yes/no question; `observedWhen: 'no'` for questions asked as freedoms. */
export function ask(
  id: string,
  target: FactTarget,
  es: string,
  en: string,
  observedWhen: Question['observedWhen'] = 'yes',
): Question {
  return { id, kind: 'yes_no', text: { 'es-MX': es, en }, target, observedWhen };
}

export function askAge(id: string, es: string, en: string): Question {
  return { id, kind: 'age', text: { 'es-MX': es, en }, target: { fact: 'age' }, observedWhen: 'yes' };
}

export const act = (value: Act): FactTarget => ({ fact: 'acts', value });
export const means = (value: Means): FactTarget => ({ fact: 'means', value });
export const purpose = (value: Purpose): FactTarget => ({ fact: 'purposes', value });
export const indicator = (value: IndicatorCode): FactTarget => ({ fact: 'indicators', value });
export const paidToCrossBorder: FactTarget = { fact: 'smuggling', field: 'paidToCrossBorder' };
export const freeToLeaveOnArrival: FactTarget = { fact: 'smuggling', field: 'freeToLeaveOnArrival' };
