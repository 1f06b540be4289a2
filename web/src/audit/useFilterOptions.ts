import { useTranslation } from 'react-i18next';
import { KNOWN_ACTIONS, KNOWN_RECORD_TYPES } from './audit-vocabulary.ts';

type Option = { value: string; label: string };

/**
 * A code with no label yet can still arrive in the address (a link from an alert, a newer server): it
 * joins the options as it is, so the form shows the filter that is in force instead of "any".
 */
const withCurrent = (options: Option[], current: string) =>
  current && !options.some((option) => option.value === current)
    ? [...options, { value: current, label: current }]
    : options;

export function useActionOptions(current: string): Option[] {
  const { t } = useTranslation();
  const known = KNOWN_ACTIONS.map((code) => ({
    value: code,
    label: `${t(`audit.actions.${code}`)} (${code})`,
  }));
  return withCurrent(known, current);
}

export function useRecordTypeOptions(current: string): Option[] {
  const { t } = useTranslation();
  const known = KNOWN_RECORD_TYPES.map((type) => ({ value: type, label: t(`audit.recordTypes.${type}`) }));
  return withCurrent(known, current);
}
