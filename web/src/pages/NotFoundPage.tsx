import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from './PageHeading.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageHeading title={t('notFound.title')} />
      <Text>{t('notFound.detail')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
