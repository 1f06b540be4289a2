import { Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevealedPerson } from '../api/cases.ts';
import { CaseFact } from './CaseFact.tsx';

type RevealedIdentityPanelProps = {
  number: number;
  revealed: RevealedPerson;
  onHide: () => void;
  /** For readers who may also correct the identity. */
  onEdit?: (() => void) | undefined;
};

const joined = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');

/** What the reveal returned, and nothing stored anywhere but this panel: hiding it forgets it. */
export function RevealedIdentityPanel({ number, revealed, onHide, onEdit }: RevealedIdentityPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { identity, documents = [], contacts = [] } = revealed;
  const facts = [
    [t('cases.addPerson.givenNames'), identity?.givenNames],
    [t('cases.addPerson.firstSurname'), identity?.firstSurname],
    [t('cases.addPerson.secondSurname'), identity?.secondSurname],
    [t('cases.addPerson.birthDate'), identity?.birthDate],
    [t('cases.addPerson.curp'), identity?.curp],
    ...documents.map((document, index) => [
      t('cases.addPerson.documentLegend', { number: index + 1 }),
      joined([
        t(`cases.people.documentKinds.${document.kind}`),
        document.issuingCountry,
        document.number,
        document.expiresOn && `${t('cases.addPerson.expiresOn')}: ${document.expiresOn}`,
      ]),
    ]),
    ...contacts.map((contact, index) => [
      t('cases.addPerson.contactLegend', { number: index + 1 }),
      joined([contact.phone, contact.email, contact.address]),
    ]),
  ].filter((fact): fact is [string, string] => typeof fact[1] === 'string' && fact[1] !== '');
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" bg="yellow.0">
      <Group justify="space-between" mb="md">
        <Title id={headingId} order={3} fz="h4">
          {t('cases.reveal.panelTitle', { number })}
        </Title>
        <Group gap="xs">
          {onEdit && (
            <Button
              variant="light"
              size="compact-sm"
              aria-label={t('cases.editIdentity.buttonLabel', { number })}
              onClick={onEdit}
            >
              {t('cases.editIdentity.button')}
            </Button>
          )}
          <Button variant="default" size="compact-sm" onClick={onHide}>
            {t('cases.reveal.hide')}
          </Button>
        </Group>
      </Group>
      {facts.length === 0 ? (
        <Text>{t('cases.reveal.nothing')}</Text>
      ) : (
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
          {facts.map(([label, value]) => (
            <CaseFact key={label} label={label}>
              {value}
            </CaseFact>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
