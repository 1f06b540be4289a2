import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../icons/BrandMark.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';

export function SignInHeader() {
  const { t } = useTranslation(['web', 'common']);
  return (
    <Group component="header" className="enlace-header" h={64} px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <BrandMark />
        <Text fw={700} fz="lg" lh={1}>
          {t('common:appName')}
        </Text>
        <Text fz="sm" lh={1} visibleFrom="sm" c="guinda.0">
          {t('common:tagline')}
        </Text>
      </Group>
      <LanguageToggle />
    </Group>
  );
}
