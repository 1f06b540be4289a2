import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isKnownAction } from './audit-vocabulary.ts';

/** The label a person reads and the code the log stores, so either can be searched for and quoted. */
export function ActionLabel({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      {isKnownAction(code) && (
        <Text fz="sm" fw={500}>
          {t(`audit.actions.${code}`)}
        </Text>
      )}
      <Code>{code}</Code>
    </Stack>
  );
}
