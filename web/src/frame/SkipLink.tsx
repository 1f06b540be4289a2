import { useTranslation } from 'react-i18next';

/** Lets keyboard users jump past the header and navigation on every page. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a className="enlace-skip-link" href={`#${targetId}`}>
      {t('frame.skipToContent')}
    </a>
  );
}
