import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type PersonSummary, updatePerson } from '../api/cases.ts';
import { AppModal } from '../frame/AppModal.tsx';
import type { NumberedPerson } from './PeopleSection.tsx';
import { PersonProfileFields } from './PersonProfileFields.tsx';
import { birthYearFollowsDate, profilePatchFrom, profileValuesFrom } from './person-edit-forms.ts';
import { type PersonFormValues, personValidation } from './person-form.ts';
import { StaleVersionAlert } from './StaleVersionAlert.tsx';

type EditPersonDialogProps = {
  caseId: string;
  target: NumberedPerson;
  onClose: () => void;
  onChanged: (person: PersonSummary) => void;
};

/** Changes what statistics count about a person at the version on screen; a conflict is shown, never overwritten. */
export function EditPersonDialog({ caseId, target, onClose, onChanged }: EditPersonDialogProps) {
  const { t } = useTranslation();
  const { person, number } = target;
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reason, setReason] = useState('');
  const form = useForm<PersonFormValues>({
    initialValues: profileValuesFrom(person),
    validate: personValidation(t),
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      onChanged(
        await updatePerson(caseId, person.id, person.version, profilePatchFrom(values, person, reason)),
      );
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened onClose={onClose} title={t('cases.editPerson.title', { number })} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('cases.editPerson.intro')}
          </Text>
          <StaleVersionAlert error={failure} />
          <PersonProfileFields
            form={form}
            showNeeds={person.needs !== undefined}
            birthYearLocked={
              birthYearFollowsDate(person) ? t('cases.editPerson.birthYearFromDate') : undefined
            }
          />
          <Textarea
            label={t('cases.editPerson.reason')}
            description={t('cases.editPerson.reasonHint')}
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cases.editPerson.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('cases.editPerson.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
