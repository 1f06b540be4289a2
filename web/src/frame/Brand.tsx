import { Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BrandMark } from '../icons/BrandMark.tsx';

export function Brand() {
  const { t } = useTranslation(['web', 'common']);
  return (
    <UnstyledButton component={Link} to="/" aria-label={t('frame.home')} c="white">
      <Group gap="sm" wrap="nowrap">
        <BrandMark />
        <Text fw={700} fz="lg" lh={1}>
          {t('common:appName')}
        </Text>
        <Text fz="sm" lh={1} visibleFrom="md" c="guinda.0">
          {t('common:tagline')}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
