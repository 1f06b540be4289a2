import { useTranslation } from 'react-i18next';
import { isRole } from './audit-vocabulary.ts';

export function RoleNames({ roles }: { roles: string[] }) {
  const { t } = useTranslation();
  return roles.map((role) => (isRole(role) ? t(`roles.${role}`) : role)).join(', ');
}
