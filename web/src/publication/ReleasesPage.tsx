import { Anchor, Badge, Button, Loader, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReleaseRecord } from '../../../src/contracts/publication.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import { PageHeading } from '../pages/PageHeading.tsx';
import { ReasonedActDialog } from '../session/ReasonedActDialog.tsx';
import { ApproveReleaseForm } from './ApproveReleaseForm.tsx';
import { fetchReleases, withdrawRelease } from './releases-api.ts';

/** The commission approves what the country publishes and withdraws it, with a reason, when it must. */
export function ReleasesPage() {
  const { t } = useTranslation();
  const [refreshKey, setRefreshKey] = useState(0);
  const [withdrawing, setWithdrawing] = useState<ReleaseRecord | null>(null);
  const releases = useApiQuery(fetchReleases, refreshKey);
  const refresh = () => setRefreshKey((key) => key + 1);
  return (
    <Stack gap="xl">
      <PageHeading title={t('releases.title')} description={t('releases.intro')} />
      <Anchor component={Link} to="/public/statistics">
        {t('releases.publicPage')}
      </Anchor>
      {releases.status === 'failed' && <ProblemAlert error={releases.error} />}
      {releases.status !== 'failed' && <ApproveReleaseForm onApproved={refresh} />}
      {releases.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {releases.status === 'loaded' &&
        (releases.data.length === 0 ? (
          <Text c="dimmed">{t('releases.empty')}</Text>
        ) : (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={800} type="native">
              <Table verticalSpacing="sm">
                <Table.Caption>
                  <VisuallyHidden>{t('releases.listTitle')}</VisuallyHidden>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('releases.year')}</Table.Th>
                    <Table.Th scope="col">{t('releases.indicators')}</Table.Th>
                    <Table.Th scope="col">{t('releases.protection')}</Table.Th>
                    <Table.Th scope="col">{t('releases.approvedAt')}</Table.Th>
                    <Table.Th scope="col">{t('releases.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {releases.data.map((release) => (
                    <Table.Tr key={release.releaseId}>
                      <Table.Td>{release.year}</Table.Td>
                      <Table.Td ff="monospace" fz="sm">
                        {release.indicatorCodes.join(', ')}
                      </Table.Td>
                      <Table.Td>
                        {t('releases.protectionValue', { threshold: release.disclosure.threshold })}
                        {release.disclosure.epsilon !== null &&
                          ` · ${t('releases.epsilonValue', {
                            epsilon: release.disclosure.epsilon,
                            budget: release.disclosure.privacyBudget,
                          })}`}
                      </Table.Td>
                      <Table.Td>
                        <DateTime iso={release.approvedAt} />
                      </Table.Td>
                      <Table.Td>
                        {release.withdrawnAt === null ? (
                          <Stack gap={4} align="flex-start">
                            <Badge color="teal.9">{t('releases.inForce')}</Badge>
                            <Button size="xs" variant="default" onClick={() => setWithdrawing(release)}>
                              {t('releases.withdraw.open', { year: release.year })}
                            </Button>
                          </Stack>
                        ) : (
                          <Stack gap={4} align="flex-start">
                            <Badge color="gray" variant="light">
                              {t('releases.withdrawn')}
                            </Badge>
                            <Text fz="sm">{release.withdrawalReason}</Text>
                          </Stack>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        ))}
      <ReasonedActDialog
        opened={withdrawing !== null}
        title={t('releases.withdraw.title', { year: withdrawing?.year ?? '' })}
        messages="releases.withdraw"
        tone="orange"
        minimumReason={20}
        onClose={() => setWithdrawing(null)}
        act={async (reason) => {
          if (!withdrawing) return;
          await withdrawRelease(withdrawing.releaseId, reason);
          setWithdrawing(null);
          refresh();
        }}
      />
    </Stack>
  );
}
