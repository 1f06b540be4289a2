import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type PersonSummary, type RevealedPerson, updatePersonIdentity } from '../api/cases.ts';
import { AppModal } from '../frame/AppModal.tsx';
import { ReauthenticationDialog } from '../session/ReauthenticationDialog.tsx';
import type { NumberedPerson } from './PeopleSection.tsx';
import { PersonProtectedFields } from './PersonProtectedFields.tsx';
import { identityPatchFrom, identityValuesFrom } from './person-edit-forms.ts';
import { type PersonFormValues, personValidation } from './person-form.ts';
import { StaleVersionAlert } from './StaleVersionAlert.tsx';

type EditIdentityDialogProps = {
  caseId: string;
  target: NumberedPerson;
  revealed: RevealedPerson;
  onClose: () => void;
  onChanged: (person: PersonSummary) => void;
};

/**
 * Corrects who a person is, starting from what the reveal showed, at the version on screen. When the
 * last sign-in is too old, the reader confirms who they are and the correction is sent again.
 */
export function EditIdentityDialog({
  caseId,
  target,
  revealed,
  onClose,
  onChanged,
}: EditIdentityDialogProps) {
  const { t } = useTranslation();
  const { person, number } = target;
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reauthenticating, setReauthenticating] = useState(false);
  const [reason, setReason] = useState('');
  const form = useForm<PersonFormValues>({
    initialValues: identityValuesFrom(revealed),
    validate: personValidation(t),
  });
  const save = async () => {
    setFailure(null);
    try {
      const request = identityPatchFrom(form.getValues(), reason);
      onChanged(await updatePersonIdentity(caseId, person.id, person.version, request));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 403 && error.problem.code === 'reauthentication_required')
        setReauthenticating(true);
      else setFailure(error);
    }
  };
  return (
    <>
      <AppModal
        opened={!reauthenticating}
        onClose={onClose}
        title={t('cases.editIdentity.title', { number })}
        size="xl"
      >
        <form onSubmit={form.onSubmit(save)} noValidate>
          <Stack gap="md">
            <Alert color="orange" variant="light">
              {t('cases.editIdentity.warning')}
            </Alert>
            <StaleVersionAlert error={failure} />
            <PersonProtectedFields form={form} />
            <Textarea
              label={t('cases.editIdentity.reason')}
              description={t('cases.editIdentity.reasonHint')}
              autosize
              minRows={2}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('cases.editIdentity.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('cases.editIdentity.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
      <ReauthenticationDialog
        opened={reauthenticating}
        onClose={onClose}
        onConfirmed={() => {
          setReauthenticating(false);
          void save();
        }}
      />
    </>
  );
}
