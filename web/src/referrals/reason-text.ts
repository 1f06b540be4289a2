import { useTranslation } from 'react-i18next';
import type { MatchReason } from '../api/referrals.ts';

/**
 * One matching reason as a sentence in the reader's language, with its points when it scored. Sex and
 * gender arrive as codes and are named the way the person record names them.
 */
export function useReasonText() {
  const { t } = useTranslation();
  return (reason: MatchReason) => {
    const params = { ...reason.params };
    if (typeof params.sex === 'string')
      params.sex = t(`cases.people.sexes.${params.sex}`, { defaultValue: params.sex });
    if (typeof params.gender === 'string')
      params.gender = t(`cases.people.genders.${params.gender}`, { defaultValue: params.gender });
    const sentence = t(`referrals.reasons.${reason.code}`, { ...params, defaultValue: reason.code });
    return reason.points === undefined ? sentence : `${sentence} (+${reason.points})`;
  };
}
