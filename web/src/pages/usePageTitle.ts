import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page names itself in the browser tab and history, in the language showing. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
