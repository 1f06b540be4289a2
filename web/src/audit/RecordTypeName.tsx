import { useTranslation } from 'react-i18next';
import { isKnownRecordType } from './audit-vocabulary.ts';

export function RecordTypeName({ type }: { type: string }) {
  const { t } = useTranslation();
  return isKnownRecordType(type) ? t(`audit.recordTypes.${type}`) : type;
}
