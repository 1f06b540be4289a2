import { Button, Group, MultiSelect, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORM_LABELS } from '../../../src/modules/screening/form-labels.ts';
import { PURPOSES } from '../../../src/modules/screening/vocabulary.ts';
import { ApiError } from '../api/api-error.ts';
import { decideCaseJurisdiction, type JurisdictionFacts } from '../api/jurisdiction.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { STATE_OPTIONS } from '../cases/state-options.ts';
import { AppModal } from '../frame/AppModal.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import { factsFrom, formValuesFrom, UNKNOWN_STATE, YES_NO_FACTS } from './facts-form.ts';
import { TriStateFact } from './TriStateFact.tsx';

type DecideJurisdictionDialogProps = {
  caseId: string;
  caseState: string | null;
  lastFacts: JurisdictionFacts | null;
  opened: boolean;
  onClose: () => void;
  onDecided: () => void;
};

export function DecideJurisdictionDialog({
  caseId,
  caseState,
  lastFacts,
  opened,
  onClose,
  onDecided,
}: DecideJurisdictionDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({ initialValues: formValuesFrom(lastFacts, caseState) });
  const stateOptions = [
    { value: UNKNOWN_STATE, label: t('jurisdiction.decide.unknownState') },
    ...STATE_OPTIONS,
  ];
  const formOptions = PURPOSES.map((purpose) => ({
    value: purpose,
    label: FORM_LABELS[purpose][language === 'en' ? 'en' : 'es'],
  }));
  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await decideCaseJurisdiction(caseId, factsFrom(values));
      onDecided();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  });
  return (
    <AppModal opened={opened} onClose={close} title={t('jurisdiction.decide.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('jurisdiction.decide.intro')}</Text>
          <ProblemAlert error={failure} />
          <Select
            label={t('jurisdiction.facts.state')}
            data={stateOptions}
            searchable
            allowDeselect={false}
            {...form.getInputProps('state')}
          />
          {YES_NO_FACTS.map((fact) => (
            <TriStateFact
              key={fact}
              label={t(`jurisdiction.facts.${fact}`)}
              input={form.getInputProps(fact)}
            />
          ))}
          <NumberInput
            label={t('jurisdiction.facts.suspectCount')}
            description={t('jurisdiction.decide.suspectCountHint')}
            min={0}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
            inputMode="numeric"
            {...form.getInputProps('suspectCount')}
          />
          <MultiSelect
            label={t('jurisdiction.facts.forms')}
            description={t('jurisdiction.decide.formsHint')}
            data={formOptions}
            searchable
            {...form.getInputProps('forms')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('jurisdiction.decide.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('jurisdiction.decide.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
