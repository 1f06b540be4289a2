import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeptScreening } from '../api/screening.ts';
import { NoValue } from '../audit/NoValue.tsx';
import { DateTime } from '../i18n/DateTime.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import type { InstrumentEntry } from './instrument-index.ts';
import { OutcomeLabel } from './OutcomeLabel.tsx';

type ScreeningRowProps = {
  screening: KeptScreening;
  instruments: Map<string, InstrumentEntry>;
  personNumbers: Map<string, number>;
};

export function ScreeningRow({ screening, instruments, personNumbers }: ScreeningRowProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const number = screening.personId ? personNumbers.get(screening.personId) : undefined;
  const instrument = screening.instrument;
  // An instrument retired from the catalog is still named by its id.
  const title = instrument ? (instruments.get(instrument.id)?.title[language] ?? instrument.id) : null;
  return (
    <Table.Tr>
      <Table.Th scope="row">
        {screening.personId === null ? (
          t('identification.section.noPerson')
        ) : number === undefined ? (
          <NoValue />
        ) : (
          t('identification.personNumber', { number })
        )}
      </Table.Th>
      <Table.Td>
        <OutcomeLabel outcome={screening.result.result} />
      </Table.Td>
      <Table.Td>
        {instrument && title
          ? t('identification.section.instrumentVersion', { title, version: instrument.version })
          : t('identification.section.noInstrument')}
      </Table.Td>
      <Table.Td>
        {t('identification.actedBy', {
          name: screening.screenedBy.displayName,
          agency: screening.screenedBy.agencyCode,
        })}
      </Table.Td>
      <Table.Td>
        <DateTime iso={screening.screenedAt} />
      </Table.Td>
    </Table.Tr>
  );
}
