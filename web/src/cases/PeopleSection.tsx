import { Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayDecideIdentification } from '../../../src/modules/screening/identification-roles.ts';
import type { CaseView, PersonSummary, RevealedPerson } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import type { QueryState } from '../api/useApiQuery.ts';
import { IdentificationDialog } from '../identification/IdentificationDialog.tsx';
import { useIdentification } from '../identification/useIdentification.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { AddPersonButton } from './AddPersonButton.tsx';
import { EditIdentityDialog } from './EditIdentityDialog.tsx';
import { EditPersonDialog } from './EditPersonDialog.tsx';
import { PeopleTable } from './PeopleTable.tsx';
import { RevealDialog } from './RevealDialog.tsx';
import { RevealedIdentityPanel } from './RevealedIdentityPanel.tsx';

export type NumberedPerson = { person: PersonSummary; number: number };

type PeopleSectionProps = { view: CaseView; people: QueryState<PersonSummary[]>; onAdded: () => void };

/**
 * People are numbered in the order recorded; identities stay out of the list. What a reveal returns is
 * held in this component's memory only, and dropped when hidden or when the reader leaves the case.
 * Each person's identification status is the latest decision an authorised role recorded.
 */
export function PeopleSection({ view, people, onAdded }: PeopleSectionProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const identification = useIdentification(view.id);
  const [deciding, setDeciding] = useState<NumberedPerson | null>(null);
  const [decided, setDecided] = useState(false);
  const canDecide = view.allowedActions.includes('case.update') && mayDecideIdentification(user.roles);
  const [revealing, setRevealing] = useState<NumberedPerson | null>(null);
  const [revealed, setRevealed] = useState<{ target: NumberedPerson; data: RevealedPerson }[]>([]);
  const hide = (personId: string) =>
    setRevealed((shown) => shown.filter((item) => item.target.person.id !== personId));
  const canReveal = view.allowedActions.includes('identity.read');
  const canEdit = view.allowedActions.includes('case.update');
  const [editing, setEditing] = useState<NumberedPerson | null>(null);
  const [correcting, setCorrecting] = useState<{ target: NumberedPerson; data: RevealedPerson } | null>(null);
  const [saved, setSaved] = useState('');
  const numbered =
    people.status === 'loaded' ? people.data.map((person, index) => ({ person, number: index + 1 })) : [];
  // A panel revealed before an edit holds an older version; a correction must start from the current one.
  const current = (target: NumberedPerson) =>
    numbered.find((item) => item.person.id === target.person.id) ?? target;
  const changed = (message: string) => {
    setSaved(message);
    onAdded();
  };
  return (
    <Stack component="section" aria-labelledby="people-heading" gap="md">
      <Group justify="space-between">
        <Title id="people-heading" order={2} fz="h3">
          {t('cases.people.title')}
        </Title>
        {view.allowedActions.includes('case.update') && (
          <AddPersonButton caseId={view.id} onAdded={onAdded} />
        )}
      </Group>
      <Text c="dimmed" fz="sm">
        {t('cases.people.intro')}
      </Text>
      {people.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {people.status === 'failed' && <ProblemAlert error={people.error} />}
      <ProblemAlert error={identification.failure} />
      <Text role="status" fz="sm">
        {decided && t('identification.decision.recorded')}
      </Text>
      <Text role="status" fz="sm">
        {saved}
      </Text>
      {people.status === 'loaded' && (
        <Paper withBorder>
          <PeopleTable
            people={numbered}
            onReveal={canReveal ? setRevealing : undefined}
            identification={identification.byPerson}
            onDecide={canDecide ? setDeciding : undefined}
            onEdit={canEdit ? setEditing : undefined}
          />
        </Paper>
      )}
      {revealed.map(({ target, data }) => (
        <RevealedIdentityPanel
          key={target.person.id}
          number={target.number}
          revealed={data}
          onHide={() => hide(target.person.id)}
          onEdit={canEdit ? () => setCorrecting({ target: current(target), data }) : undefined}
        />
      ))}
      {editing && (
        <EditPersonDialog
          caseId={view.id}
          target={editing}
          onClose={() => setEditing(null)}
          onChanged={() => {
            setEditing(null);
            changed(t('cases.editPerson.saved', { number: editing.number }));
          }}
        />
      )}
      {correcting && (
        <EditIdentityDialog
          caseId={view.id}
          target={correcting.target}
          revealed={correcting.data}
          onClose={() => setCorrecting(null)}
          onChanged={() => {
            setCorrecting(null);
            hide(correcting.target.person.id);
            changed(t('cases.editIdentity.saved', { number: correcting.target.number }));
          }}
        />
      )}
      <IdentificationDialog
        caseId={view.id}
        target={deciding}
        onClose={() => setDeciding(null)}
        onDecided={() => {
          setDeciding(null);
          setDecided(true);
          identification.refresh();
        }}
      />
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
