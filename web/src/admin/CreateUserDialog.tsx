import { Button, Group, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../src/platform/access/roles.ts';
import { createManagedUserAccount, type ManagedUser } from '../api/admin.ts';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { AppModal } from '../frame/AppModal.tsx';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/language.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { PLATFORM_OPERATOR } from './administrator.ts';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';

type CreateUserDialogProps = { opened: boolean; onClose: () => void; onCreated: (user: ManagedUser) => void };

type NewUserValues = {
  username: string;
  displayName: string;
  password: string;
  locale: Language;
  agencyCode: string;
  roles: Role[];
};

export function CreateUserDialog({ opened, onClose, onCreated }: CreateUserDialogProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const required = (message: string) => (value: string) => (value.trim() ? null : message);
  const form = useForm<NewUserValues>({
    initialValues: {
      username: '',
      displayName: '',
      password: '',
      locale: 'es-MX',
      agencyCode: '',
      roles: [],
    },
    validate: {
      username: required(t('admin.createUser.usernameRequired')),
      displayName: required(t('admin.createUser.displayNameRequired')),
      password: (value) => (value ? null : t('admin.createUser.passwordRequired')),
    },
  });
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ agencyCode, ...account }) => {
    setFailure(null);
    try {
      const created = await createManagedUserAccount({
        ...account,
        agencyCode: agencyCode.trim() || undefined,
      });
      form.reset();
      onCreated(created);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('admin.createUser.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ProblemAlert error={failure} />
          <TextInput
            label={t('admin.createUser.username')}
            required
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            {...form.getInputProps('username')}
          />
          <TextInput
            label={t('admin.createUser.displayName')}
            required
            autoComplete="off"
            {...form.getInputProps('displayName')}
          />
          <PasswordInput
            label={t('admin.createUser.password')}
            description={t('admin.createUser.passwordHint')}
            required
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
            {...form.getInputProps('password')}
          />
          <Stack gap={4}>
            <Text component="label" id="new-user-locale" fz="sm" fw={500}>
              {t('admin.createUser.locale')}
            </Text>
            <SegmentedControl
              aria-labelledby="new-user-locale"
              data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
              {...form.getInputProps('locale')}
            />
          </Stack>
          {me.agency.code === PLATFORM_OPERATOR && (
            <TextInput
              label={t('admin.createUser.agencyCode')}
              description={t('admin.createUser.agencyCodeHint')}
              spellCheck={false}
              {...form.getInputProps('agencyCode')}
            />
          )}
          <RoleCheckboxes
            label={t('admin.createUser.roles')}
            value={form.values.roles}
            onChange={(roles) => form.setFieldValue('roles', roles)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('admin.createUser.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('admin.createUser.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
