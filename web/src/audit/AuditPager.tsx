import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type AuditPagerProps = { page: number; hasOlder: boolean; onPage: (page: number) => void };

/** The API does not count matches (counting the whole log would be slow), so pages go one step at a time. */
export function AuditPager({ page, hasOlder, onPage }: AuditPagerProps) {
  const { t } = useTranslation();
  if (page === 1 && !hasOlder) return null;
  return (
    <Group component="nav" aria-label={t('audit.log.pagination')} justify="flex-end" gap="xs">
      <Button variant="default" disabled={page === 1} onClick={() => onPage(page - 1)}>
        {t('audit.log.newer')}
      </Button>
      <Button variant="default" disabled={!hasOlder} onClick={() => onPage(page + 1)}>
        {t('audit.log.older')}
      </Button>
    </Group>
  );
}
