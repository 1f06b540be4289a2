import { EmptyState, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseList } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import type { QueryState } from '../api/useApiQuery.ts';
import { CasePager } from './CasePager.tsx';
import { CasesTable } from './CasesTable.tsx';
import { PAGE_SIZE } from './case-search.ts';

type CaseResultsProps = { query: QueryState<CaseList>; page: number; onPage: (page: number) => void };

export function CaseResults({ query, page, onPage }: CaseResultsProps) {
  const { t } = useTranslation();
  if (query.status === 'loading') return <Loader role="status" aria-label={t('loading')} />;
  if (query.status === 'failed') return <ProblemAlert error={query.error} />;
  const cases = query.data.items.slice(0, PAGE_SIZE);
  if (cases.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState title={t('cases.list.emptyTitle')} description={t('cases.list.empty')} role="status" />
      </Paper>
    );
  }
  const first = query.data.offset + 1;
  return (
    <Stack gap="md">
      <Text role="status" fz="sm">
        {t('cases.list.showing', { first, last: first + cases.length - 1 })}
      </Text>
      <Paper withBorder>
        <CasesTable cases={cases} />
      </Paper>
      <CasePager page={page} hasNext={query.data.items.length > PAGE_SIZE} onPage={onPage} />
    </Stack>
  );
}
