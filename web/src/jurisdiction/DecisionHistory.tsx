import { Table, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DecisionRecord } from '../api/jurisdiction.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import { decisionHeadline } from './decision-text.ts';

/** Decisions made before the current one, newest first. */
export function DecisionHistory({ earlier }: { earlier: DecisionRecord[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={4} fz="md">
        {t('jurisdiction.history.title')}
      </Title>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table verticalSpacing="xs">
          <Table.Caption>
            <VisuallyHidden>{t('jurisdiction.history.caption')}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('jurisdiction.decidedAt')}</Table.Th>
              <Table.Th scope="col">{t('jurisdiction.history.decision')}</Table.Th>
              <Table.Th scope="col">{t('jurisdiction.decidedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {earlier.map((decision) => (
              <Table.Tr key={decision.id}>
                <Table.Td>
                  <DateTime iso={decision.decidedAt} />
                </Table.Td>
                <Table.Td>{decisionHeadline(t, decision)}</Table.Td>
                <Table.Td>{decision.decidedBy.name}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
