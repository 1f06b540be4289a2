import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchKey } from '../../../src/modules/cases/people-search-contract.ts';
import { ApiError } from '../api/api-error.ts';
import { type PeopleSearchResult, searchPeople } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { PersonSearchResults } from './PersonSearchResults.tsx';

const KEYS: readonly SearchKey[] = ['curp', 'passport', 'name'];
const PAGE = 20;

type Search = { by: SearchKey; value: string };

/**
 * Exact search for a person across the cases the reader may see. What is typed stays in this
 * component: never in the address, so it leaves no trace in the browser's history.
 */
export function PersonSearch() {
  const { t } = useTranslation();
  const headingId = useId();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [found, setFound] = useState<{ search: Search; result: PeopleSearchResult } | null>(null);
  const form = useForm<Search>({
    initialValues: { by: 'name', value: '' },
    validate: { value: (value) => (value.trim() ? null : t('cases.personSearch.valueRequired')) },
  });
  const run = async (search: Search, offset: number) => {
    setFailure(null);
    try {
      const result = await searchPeople({ [search.by]: search.value.trim(), limit: PAGE, offset });
      setFound((previous) =>
        offset > 0 && previous
          ? { search, result: { ...result, items: [...previous.result.items, ...result.items] } }
          : { search, result },
      );
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  };
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg">
      <Stack gap="md">
        <div>
          <Title id={headingId} order={2} fz="h4">
            {t('cases.personSearch.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('cases.personSearch.intro')}
          </Text>
        </div>
        <form onSubmit={form.onSubmit((search) => run(search, 0))} noValidate>
          <Group align="flex-start">
            <Select
              label={t('cases.personSearch.by')}
              data={KEYS.map((key) => ({ value: key, label: t(`cases.personSearch.keys.${key}`) }))}
              allowDeselect={false}
              w={200}
              {...form.getInputProps('by')}
            />
            <TextInput
              label={t('cases.personSearch.value')}
              description={
                form.values.by === 'name'
                  ? t('cases.personSearch.nameHint')
                  : t('cases.personSearch.identifierHint')
              }
              autoComplete="off"
              spellCheck={false}
              maxLength={form.values.by === 'name' ? 400 : 40}
              style={{ flex: 1 }}
              {...form.getInputProps('value')}
            />
            <Button type="submit" mt={24} loading={form.submitting}>
              {t('cases.personSearch.submit')}
            </Button>
          </Group>
        </form>
        <ProblemAlert error={failure} />
        {found && (
          <PersonSearchResults result={found.result} onMore={(offset) => run(found.search, offset)} />
        )}
      </Stack>
    </Paper>
  );
}
