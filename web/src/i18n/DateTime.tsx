import { useLanguage } from './useLanguage.ts';

type DateTimeProps = { iso: string; withTimeZone?: boolean };

/** An instant in the reader's time zone, written the way their language writes dates. */
export function DateTime({ iso, withTimeZone = false }: DateTimeProps) {
  const { language } = useLanguage();
  const format = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: withTimeZone ? 'long' : 'medium',
  });
  return <time dateTime={iso}>{format.format(new Date(iso))}</time>;
}
