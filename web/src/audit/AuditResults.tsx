import { EmptyState, Loader, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../src/contracts/audit.ts';
import type { AuditPage } from '../api/audit.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import type { QueryState } from '../api/useApiQuery.ts';
import { AuditEntriesTable } from './AuditEntriesTable.tsx';
import { AuditPager } from './AuditPager.tsx';
import { PAGE_SIZE } from './audit-search.ts';

type AuditResultsProps = {
  query: QueryState<AuditPage>;
  page: number;
  onPage: (page: number) => void;
  onOpen: (entry: AuditEntry) => void;
};

export function AuditResults({ query, page, onPage, onOpen }: AuditResultsProps) {
  const { t } = useTranslation();
  if (query.status === 'loading') return <Loader role="status" aria-label={t('loading')} />;
  if (query.status === 'failed') {
    return <ProblemAlert error={query.error} />;
  }
  const entries = query.data.items.slice(0, PAGE_SIZE);
  if (entries.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState title={t('audit.log.emptyTitle')} description={t('audit.log.empty')} role="status" />
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <Paper withBorder>
        <AuditEntriesTable entries={entries} onOpen={onOpen} />
      </Paper>
      <AuditPager page={page} hasOlder={query.data.items.length > PAGE_SIZE} onPage={onPage} />
    </Stack>
  );
}
