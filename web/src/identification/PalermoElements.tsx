import { Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FORM_LABELS } from '../../../src/modules/screening/form-labels.ts';
import type { ScreeningResult } from '../api/screening.ts';
import { CaseFact as Fact } from '../cases/CaseFact.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';

type ElementStatus = boolean | null | 'not_required';

/** Act, means and purpose as observed, not observed or not yet known; what the law adds for a child. */
export function PalermoElements({ result }: { result: ScreeningResult }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const status = (value: ElementStatus) =>
    value === 'not_required'
      ? t('identification.result.notRequired')
      : value === null
        ? t('identification.result.unknown')
        : value
          ? t('identification.result.observed')
          : t('identification.result.notObserved');
  const yesNo = (value: boolean | null) =>
    value === null
      ? t('identification.result.unknown')
      : t(value ? 'identification.yes' : 'identification.no');
  const forms = result.forms.map((form) => (language === 'en' ? FORM_LABELS[form].en : FORM_LABELS[form].es));
  return (
    <Paper withBorder p="lg">
      <Title order={3} fz="h4" mb="md">
        {t('identification.result.elements')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
        <Fact label={t('identification.result.act')}>{status(result.palermo.act)}</Fact>
        <Fact label={t('identification.result.means')}>{status(result.palermo.means)}</Fact>
        <Fact label={t('identification.result.purpose')}>{status(result.palermo.purpose)}</Fact>
        <Fact label={t('identification.result.child')}>{yesNo(result.child)}</Fact>
        <Fact label={t('identification.result.mexicanLawOnly')}>{yesNo(result.mexicanLawOnly)}</Fact>
        <Fact label={t('identification.result.forms')}>
          {forms.length > 0 ? forms.join(', ') : t('identification.result.noForms')}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}
