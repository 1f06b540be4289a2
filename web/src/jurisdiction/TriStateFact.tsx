import { Group, Radio } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

const CHOICES = ['yes', 'no', 'unknown'] as const;

/** Yes, no or not known: a fact the decision may still be waiting for. */
export function TriStateFact({ label, input }: { label: string; input: GetInputPropsReturnType }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} {...input}>
      <Group gap="lg" mt="xs">
        {CHOICES.map((choice) => (
          <Radio key={choice} value={choice} label={t(`jurisdiction.decide.${choice}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}
