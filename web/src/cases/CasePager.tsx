import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type CasePagerProps = { page: number; hasNext: boolean; onPage: (page: number) => void };

/** The API does not count cases, so pages go one step at a time. */
export function CasePager({ page, hasNext, onPage }: CasePagerProps) {
  const { t } = useTranslation();
  if (page === 1 && !hasNext) return null;
  return (
    <Group component="nav" aria-label={t('cases.list.pagination')} justify="flex-end" gap="xs">
      <Button variant="default" disabled={page === 1} onClick={() => onPage(page - 1)}>
        {t('cases.list.previous')}
      </Button>
      <Button variant="default" disabled={!hasNext} onClick={() => onPage(page + 1)}>
        {t('cases.list.next')}
      </Button>
    </Group>
  );
}
