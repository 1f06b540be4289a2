import { Button, Group, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEntry } from '../../../src/contracts/audit.ts';
import { fetchAuditEntries } from '../api/audit.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { AuditEntryDrawer } from './AuditEntryDrawer.tsx';
import { AuditFiltersForm } from './AuditFiltersForm.tsx';
import { AuditResults } from './AuditResults.tsx';
import { type AuditFilters, auditQueryFrom, filtersFrom, pageFrom, searchFrom } from './audit-search.ts';
import { ResultCount } from './ResultCount.tsx';

export function AuditLogView() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const [refreshedAt, setRefreshedAt] = useState(() => Date.now());
  const [openEntry, setOpenEntry] = useState<AuditEntry | null>(null);
  const address = search.toString();
  const read = useMemo(() => {
    const query = auditQueryFrom(new URLSearchParams(address));
    return () => fetchAuditEntries(query);
  }, [address]);
  const entries = useApiQuery(read, refreshedAt);
  const filters = filtersFrom(search);
  const show = (chosen: AuditFilters, page = 1) => {
    setOpenEntry(null);
    setSearch(searchFrom(chosen, page));
  };

  return (
    <Stack gap="lg">
      {/* Keyed by the address, so back and forward also reset the form to the filters in force. */}
      <AuditFiltersForm key={address} filters={filters} onApply={show} />
      <Group justify="space-between">
        <ResultCount query={entries} />
        <Button variant="default" onClick={() => setRefreshedAt(Date.now())}>
          {t('audit.refresh')}
        </Button>
      </Group>
      <AuditResults
        query={entries}
        page={pageFrom(search)}
        onPage={(page) => show(filters, page)}
        onOpen={setOpenEntry}
      />
      <AuditEntryDrawer entry={openEntry} onClose={() => setOpenEntry(null)} onFollow={show} />
    </Stack>
  );
}
