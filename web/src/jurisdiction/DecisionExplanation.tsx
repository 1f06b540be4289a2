import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DecisionRecord } from '../api/jurisdiction.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { reasonText } from './decision-text.ts';

/** Why the decision says what it says, in the reader's language, and which facts would settle it. */
export function DecisionExplanation({ decision }: { decision: DecisionRecord }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Stack gap="sm">
      <Title order={4} fz="md">
        {t('jurisdiction.reasons')}
      </Title>
      <List spacing="xs">
        {decision.reasons.map((reason) => (
          <List.Item key={reason.rule}>{reasonText(reason, language)}</List.Item>
        ))}
      </List>
      {decision.missing.length > 0 && (
        <Text>
          <Text span fw={600}>
            {`${t('jurisdiction.missing')}: `}
          </Text>
          {decision.missing.map((fact) => t(`jurisdiction.facts.${fact}`)).join(' · ')}
        </Text>
      )}
    </Stack>
  );
}
