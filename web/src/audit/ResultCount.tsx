import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditPage } from '../api/audit.ts';
import type { QueryState } from '../api/useApiQuery.ts';
import { PAGE_SIZE } from './audit-search.ts';

/** Always in the page, empty while loading: a live region announces changes only if it was there before. */
export function ResultCount({ query }: { query: QueryState<AuditPage> }) {
  const { t } = useTranslation();
  const shown = query.status === 'loaded' ? Math.min(query.data.items.length, PAGE_SIZE) : 0;
  return (
    <Text role="status" fz="sm">
      {query.status === 'loaded' &&
        shown > 0 &&
        t('audit.log.showing', { first: query.data.offset + 1, last: query.data.offset + shown })}
    </Text>
  );
}
