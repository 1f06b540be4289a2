import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SignedOutNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('signIn.signedOutTitle')}>
      {t('signIn.signedOutDetail')}
    </Alert>
  );
}
