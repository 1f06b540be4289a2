import { Button, Group, Loader, Paper, Table, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseAuditEntry, fetchCaseAuditTrail } from '../api/case-audit.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { CaseAuditEntryRow } from './CaseAuditEntryRow.tsx';

type Older = { items: CaseAuditEntry[]; nextBefore: string | null };

/** The trail's newest page, older pages on request; refreshing starts again from the newest. */
export function CaseAuditTrail({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [refreshedAt, setRefreshedAt] = useState(0);
  const read = useCallback(() => fetchCaseAuditTrail(caseId), [caseId]);
  const trail = useApiQuery(read, refreshedAt);
  const [older, setOlder] = useState<Older | null>(null);
  const loaded = trail.status === 'loaded' ? trail.data : null;
  const items = [...(loaded?.items ?? []), ...(older?.items ?? [])];
  const nextBefore = older ? older.nextBefore : (loaded?.nextBefore ?? null);
  const loadOlder = async () => {
    if (!nextBefore) return;
    const page = await fetchCaseAuditTrail(caseId, nextBefore);
    setOlder((shown) => ({ items: [...(shown?.items ?? []), ...page.items], nextBefore: page.nextBefore }));
  };
  return (
    <>
      <Group justify="flex-end">
        <Button
          variant="subtle"
          onClick={() => {
            setOlder(null);
            setRefreshedAt(Date.now());
          }}
        >
          {t('caseAudit.refresh')}
        </Button>
      </Group>
      {trail.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {trail.status === 'failed' && <ProblemAlert error={trail.error} />}
      {loaded && items.length === 0 && <Text c="dimmed">{t('caseAudit.empty')}</Text>}
      {items.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760} type="native">
            <Table verticalSpacing="sm" striped>
              <Table.Caption>{t('caseAudit.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('caseAudit.when')}</Table.Th>
                  <Table.Th scope="col">{t('caseAudit.who')}</Table.Th>
                  <Table.Th scope="col">{t('caseAudit.what')}</Table.Th>
                  <Table.Th scope="col">{t('caseAudit.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((entry) => (
                  <CaseAuditEntryRow key={entry.id} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {nextBefore && (
        <Button variant="default" onClick={loadOlder}>
          {t('caseAudit.older')}
        </Button>
      )}
    </>
  );
}
