import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type CasePagerProps = { onPrevious: (() => void) | null; onNext: (() => void) | null };

/** The API does not count cases: pages go one step at a time, each way while there is more. */
export function CasePager({ onPrevious, onNext }: CasePagerProps) {
  const { t } = useTranslation();
  if (!onPrevious && !onNext) return null;
  return (
    <Group component="nav" aria-label={t('cases.list.pagination')} justify="flex-end" gap="xs">
      <Button variant="default" disabled={!onPrevious} onClick={() => onPrevious?.()}>
        {t('cases.list.previous')}
      </Button>
      <Button variant="default" disabled={!onNext} onClick={() => onNext?.()}>
        {t('cases.list.next')}
      </Button>
    </Group>
  );
}
