import { useLanguage } from '../i18n/useLanguage.ts';
import { formatDuration } from './duration.ts';

/** A length of time in words, with the exact ISO 8601 duration for machines and screen readers that use it. */
export function TimeSpan({ ms, iso }: { ms: number; iso: string }) {
  const { language } = useLanguage();
  return <time dateTime={iso}>{formatDuration(ms, language)}</time>;
}
