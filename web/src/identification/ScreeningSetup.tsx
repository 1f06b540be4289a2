import { Button, Group, NativeSelect, Paper, Radio, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { InstrumentList } from '../api/screening.ts';
import type { NumberedPerson } from '../cases/PeopleSection.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import { StepHeading } from './StepHeading.tsx';

type ScreeningSetupProps = {
  people: NumberedPerson[];
  instruments: InstrumentList;
  busy: boolean;
  focus: boolean;
  onStart: (personId: string, instrumentId: string) => void;
};

type SetupValues = { personId: string; population: string; form: 'short' | 'long' };

/** The person (by number, never by name), the population's instrument and its short or long form. */
export function ScreeningSetup({ people, instruments, busy, focus, onStart }: ScreeningSetupProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const form = useForm<SetupValues>({
    initialValues: {
      personId: people.length === 1 ? people[0]!.person.id : '',
      population: '',
      form: 'short',
    },
    validate: {
      personId: (value) => (value ? null : t('identification.setup.personRequired')),
      population: (value) => (value ? null : t('identification.setup.populationRequired')),
    },
  });
  const chosen = instruments.find((item) => item.population === form.values.population);
  const submit = form.onSubmit((values) => {
    const instrument = chosen?.forms.find((option) => option.form === values.form);
    if (instrument) onStart(values.personId, instrument.id);
  });
  const personOptions = [
    { value: '', label: t('identification.setup.choosePerson'), disabled: true },
    ...people.map(({ person, number }) => ({
      value: person.id,
      label: t('identification.setup.personOption', { number, role: t(`cases.people.roles.${person.role}`) }),
    })),
  ];
  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <StepHeading focus={focus}>{t('identification.setup.title')}</StepHeading>
          <NativeSelect
            label={t('identification.setup.person')}
            data={personOptions}
            required
            {...form.getInputProps('personId')}
          />
          <Radio.Group
            label={t('identification.setup.population')}
            required
            {...form.getInputProps('population')}
          >
            <Stack gap="sm" mt="xs">
              {instruments.map((item) => (
                <Radio key={item.population} value={item.population} label={item.title[language]} />
              ))}
            </Stack>
          </Radio.Group>
          {chosen && (
            <Radio.Group label={t('identification.setup.form')} required {...form.getInputProps('form')}>
              <Group gap="lg" mt="xs">
                {chosen.forms.map((option) => (
                  <Radio
                    key={option.form}
                    value={option.form}
                    label={t(`identification.setup.${option.form}`, { questions: option.questionCount })}
                  />
                ))}
              </Group>
            </Radio.Group>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t('identification.setup.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
