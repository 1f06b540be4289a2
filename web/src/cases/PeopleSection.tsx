import { Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../api/cases.ts';
import { fetchPeople, type PersonSummary, type RevealedPerson } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { AddPersonButton } from './AddPersonButton.tsx';
import { PeopleTable } from './PeopleTable.tsx';
import { RevealDialog } from './RevealDialog.tsx';
import { RevealedIdentityPanel } from './RevealedIdentityPanel.tsx';

export type NumberedPerson = { person: PersonSummary; number: number };

/**
 * People are numbered in the order recorded; identities stay out of the list. What a reveal returns is
 * held in this component's memory only, and dropped when hidden or when the reader leaves the case.
 */
export function PeopleSection({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [addedAt, setAddedAt] = useState(0);
  const read = useCallback(() => fetchPeople(view.id), [view.id]);
  const people = useApiQuery(read, addedAt);
  const [revealing, setRevealing] = useState<NumberedPerson | null>(null);
  const [revealed, setRevealed] = useState<{ target: NumberedPerson; data: RevealedPerson }[]>([]);
  const hide = (personId: string) =>
    setRevealed((shown) => shown.filter((item) => item.target.person.id !== personId));
  const canReveal = view.allowedActions.includes('identity.read');
  return (
    <Stack component="section" aria-labelledby="people-heading" gap="md">
      <Group justify="space-between">
        <Title id="people-heading" order={2} fz="h3">
          {t('cases.people.title')}
        </Title>
        {view.allowedActions.includes('case.update') && (
          <AddPersonButton caseId={view.id} onAdded={() => setAddedAt(Date.now())} />
        )}
      </Group>
      <Text c="dimmed" fz="sm">
        {t('cases.people.intro')}
      </Text>
      {people.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {people.status === 'failed' && <ProblemAlert error={people.error} />}
      {people.status === 'loaded' && (
        <Paper withBorder>
          <PeopleTable
            people={people.data.map((person, index) => ({ person, number: index + 1 }))}
            onReveal={canReveal ? setRevealing : undefined}
          />
        </Paper>
      )}
      {revealed.map(({ target, data }) => (
        <RevealedIdentityPanel
          key={target.person.id}
          number={target.number}
          revealed={data}
          onHide={() => hide(target.person.id)}
        />
      ))}
      <RevealDialog
        caseId={view.id}
        target={revealing}
        onClose={() => setRevealing(null)}
        onRevealed={(target, data) => {
          setRevealing(null);
          setRevealed((shown) => [
            ...shown.filter((item) => item.target.person.id !== target.person.id),
            { target, data },
          ]);
        }}
      />
    </Stack>
  );
}
