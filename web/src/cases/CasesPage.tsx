import { Group, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { mayOnCase } from '../../../src/platform/access/case-access.ts';
import { fetchCases } from '../api/cases.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { ExchangeButtons } from '../exchange/ExchangeButtons.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { CaseFiltersForm } from './CaseFiltersForm.tsx';
import { CaseResults } from './CaseResults.tsx';
import { ConflictDeclaredNotice } from './ConflictDeclaredNotice.tsx';
import {
  type CaseFilters,
  type CasePageMove,
  caseFiltersFrom,
  casePageFrom,
  caseQueryFrom,
  caseSearchFrom,
} from './case-search.ts';
import { OpenCaseButton } from './OpenCaseButton.tsx';
import { PersonSearch } from './PersonSearch.tsx';

export function CasesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  // An owner's view is the widest a role gets: a role that may not read identities there never may.
  const maySearchPeople = mayOnCase(user.roles, 'owner', 'identity.read');
  const [search, setSearch] = useSearchParams();
  const address = search.toString();
  const read = useMemo(() => {
    const query = caseQueryFrom(new URLSearchParams(address));
    return () => fetchCases(query);
  }, [address]);
  const cases = useApiQuery(read, address);
  const filters = caseFiltersFrom(search);
  const show = (chosen: CaseFilters, move?: CasePageMove) => setSearch(caseSearchFrom(chosen, move));
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start">
        <PageHeading title={t('cases.title')} description={t('cases.intro')} />
        <Group gap="sm">
          <ExchangeButtons />
          <OpenCaseButton />
        </Group>
      </Group>
      <ConflictDeclaredNotice />
      {maySearchPeople && <PersonSearch />}
      <CaseFiltersForm filters={filters} onApply={show} />
      <CaseResults query={cases} page={casePageFrom(search)} onPage={(move) => show(filters, move)} />
    </Stack>
  );
}
