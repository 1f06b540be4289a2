import { Button, Group, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_ROLES } from '../../../src/modules/cases/schema.ts';
import { ApiError } from '../api/api-error.ts';
import { addPerson } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';
import { PersonProfileFields } from './PersonProfileFields.tsx';
import { PersonProtectedFields } from './PersonProtectedFields.tsx';
import { EMPTY_PERSON, type PersonFormValues, personRequestFrom, personValidation } from './person-form.ts';

type AddPersonDialogProps = { caseId: string; opened: boolean; onClose: () => void; onAdded: () => void };

export function AddPersonDialog({ caseId, opened, onClose, onAdded }: AddPersonDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<PersonFormValues>({ initialValues: EMPTY_PERSON, validate: personValidation(t) });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await addPerson(caseId, personRequestFrom(values));
      form.reset();
      onAdded();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  const roles = PERSON_ROLES.map((role) => ({ value: role, label: t(`cases.people.roles.${role}`) }));
  return (
    <AppModal opened={opened} onClose={close} title={t('cases.addPerson.title')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ProblemAlert error={failure} />
          <Select
            label={t('cases.addPerson.role')}
            data={roles}
            required
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('role')}
          />
          <PersonProfileFields form={form} showNeeds />
          <PersonProtectedFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cases.addPerson.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('cases.addPerson.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
