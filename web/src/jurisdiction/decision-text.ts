import type { TFunction } from 'i18next';
import { STATES } from '../../../src/modules/catalog/states.ts';
import type { Reason } from '../../../src/modules/screening/contract.ts';
import type { DecisionRecord } from '../api/jurisdiction.ts';
import type { Language } from '../i18n/language.ts';

/** The decision as one plain sentence: who is competent, or that it is still open. */
export function decisionHeadline(t: TFunction, decision: DecisionRecord): string {
  if (decision.decision === 'undetermined') return t('jurisdiction.headline.undetermined');
  if (decision.decision === 'state') {
    const state = STATES.find((candidate) => candidate.code === decision.state)?.name ?? decision.state;
    return t('jurisdiction.headline.state', { state });
  }
  return decision.authority
    ? t('jurisdiction.headline.federal', { authority: decision.authority })
    : t('jurisdiction.headline.federalUnitOpen');
}

/** Each reason carries both languages; the reader sees theirs. */
export const reasonText = (reason: Reason, language: Language) => (language === 'en' ? reason.en : reason.es);
