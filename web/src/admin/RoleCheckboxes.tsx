import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../src/platform/access/roles.ts';

type RoleCheckboxesProps = {
  label: string;
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
};

export function RoleCheckboxes({ label, value, onChange, error }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={label}
      value={value}
      onChange={(chosen) => onChange(chosen as Role[])}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
