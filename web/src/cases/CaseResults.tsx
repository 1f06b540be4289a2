import { EmptyState, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseList } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import type { QueryState } from '../api/useApiQuery.ts';
import { CasePager } from './CasePager.tsx';
import { CasesTable } from './CasesTable.tsx';
import { type CasePageMove, PAGE_SIZE } from './case-search.ts';

type CaseResultsProps = {
  query: QueryState<CaseList>;
  page: number;
  onPage: (move: CasePageMove) => void;
};

export function CaseResults({ query, page, onPage }: CaseResultsProps) {
  const { t } = useTranslation();
  if (query.status === 'loading') return <Loader role="status" aria-label={t('loading')} />;
  if (query.status === 'failed') return <ProblemAlert error={query.error} />;
  const { items: cases, nextCursor, previousCursor } = query.data;
  if (cases.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState title={t('cases.list.emptyTitle')} description={t('cases.list.empty')} role="status" />
      </Paper>
    );
  }
  const first = (page - 1) * PAGE_SIZE + 1;
  return (
    <Stack gap="md">
      <Text role="status" fz="sm">
        {t('cases.list.showing', { first, last: first + cases.length - 1 })}
      </Text>
      <Paper withBorder>
        <CasesTable cases={cases} />
      </Paper>
      <CasePager
        onPrevious={
          previousCursor ? () => onPage({ cursor: previousCursor, page: Math.max(page - 1, 1) }) : null
        }
        onNext={nextCursor ? () => onPage({ cursor: nextCursor, page: page + 1 }) : null}
      />
    </Stack>
  );
}
