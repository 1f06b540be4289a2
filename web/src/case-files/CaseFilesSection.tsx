import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView, PersonSummary } from '../api/cases.ts';
import type { QueryState } from '../api/useApiQuery.ts';
import { numberedPeople } from '../exploitation/people-numbers.ts';
import { AttachmentsPanel } from './AttachmentsPanel.tsx';
import { NotesPanel } from './NotesPanel.tsx';

type CaseFilesSectionProps = { view: CaseView; people: QueryState<PersonSummary[]> };

/**
 * Notes and attached files: encrypted at rest, each shown only to the readers its author chose, and
 * every reading of a note or download of a file recorded in the audit log.
 */
export function CaseFilesSection({ view, people }: CaseFilesSectionProps) {
  const { t } = useTranslation();
  const loaded = people.status === 'loaded' ? people.data : [];
  const numbered = numberedPeople(loaded);
  const options = loaded.map((person) => {
    const number = numbered.numberOf(person.id);
    return { value: person.id, label: t('records.person', { number }) };
  });
  return (
    <Stack component="section" aria-labelledby="case-files-heading" gap="md">
      <Title id="case-files-heading" order={2} fz="h3">
        {t('caseFiles.title')}
      </Title>
      <Text c="dimmed" fz="sm">
        {t('caseFiles.intro')}
      </Text>
      <NotesPanel view={view} people={options} numberOf={numbered.numberOf} />
      <AttachmentsPanel view={view} />
    </Stack>
  );
}
