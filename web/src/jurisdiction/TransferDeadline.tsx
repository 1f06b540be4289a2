import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../i18n/DateTime.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import { formatDuration } from './duration.ts';

type TransferDeadlineProps = { respondBy: string; pending: boolean; overdue: boolean; escalated: boolean };

/** The deadline, the time left or how late it is, and whether supervisors were told, in words and badges. */
export function TransferDeadline({ respondBy, pending, overdue, escalated }: TransferDeadlineProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const remaining = Date.parse(respondBy) - Date.now();
  return (
    <Group gap="xs">
      <DateTime iso={respondBy} />
      {pending && (
        <Text span fz="sm" c={overdue ? 'red.9' : 'dimmed'}>
          {overdue
            ? t('transfers.overdueBy', { duration: formatDuration(remaining, language) })
            : t('transfers.timeLeft', { duration: formatDuration(remaining, language) })}
        </Text>
      )}
      {pending && overdue && (
        <Badge color="red.9" variant="filled">
          {t('transfers.overdue')}
        </Badge>
      )}
      {escalated && (
        <Badge color="orange.9" variant="light">
          {t('transfers.escalated')}
        </Badge>
      )}
    </Group>
  );
}
