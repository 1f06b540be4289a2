import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdentificationStatus } from '../api/screening.ts';
import { NoValue } from '../audit/NoValue.tsx';
import { DateTime } from '../i18n/DateTime.tsx';

type IdentificationCellProps = {
  /** undefined while the statuses are not known to the page; null when nobody has decided yet. */
  decision: IdentificationStatus | null | undefined;
  number: number;
  onDecide?: () => void;
};

const STATUS_COLORS: Record<IdentificationStatus['status'], string> = {
  possible_victim: 'blue',
  confirmed_victim: 'guinda',
  not_a_victim: 'gray',
};

/** The latest identification decision of one person of the case, and the way to record a new one. */
export function IdentificationCell({ decision, number, onDecide }: IdentificationCellProps) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      <Stack gap={4} align="flex-start">
        {decision === undefined && <NoValue />}
        {decision === null && <Text fz="sm">{t('identification.decision.undecided')}</Text>}
        {decision && (
          <>
            <Badge variant="light" color={STATUS_COLORS[decision.status]} tt="none">
              {t(`identification.statuses.${decision.status}`)}
            </Badge>
            <Text fz="xs" c="dimmed">
              {t('identification.actedBy', {
                name: decision.decidedBy.displayName,
                agency: decision.decidedBy.agencyCode,
              })}{' '}
              <DateTime iso={decision.decidedAt} />
            </Text>
          </>
        )}
        {onDecide && (
          <Button
            variant="light"
            size="compact-sm"
            aria-label={t('identification.decision.buttonLabel', { number })}
            onClick={onDecide}
          >
            {t('identification.decision.button')}
          </Button>
        )}
      </Stack>
    </Table.Td>
  );
}
