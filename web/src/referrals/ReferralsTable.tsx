import { Badge, Button, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { moveReferral, type ReferralView } from '../api/referrals.ts';
import { DateTime } from '../i18n/DateTime.tsx';
import { MoveReasonDialog } from './MoveReasonDialog.tsx';
import { type Move, movesFor, NEEDS_REASON } from './referral-moves.ts';

type ReferralsTableProps = {
  caption: string;
  referrals: ReferralView[];
  onMoved: (referral: ReferralView) => void;
};

/** Referrals with their state, deadline and the moves the reader's side may make. */
export function ReferralsTable({ caption, referrals, onMoved }: ReferralsTableProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [asking, setAsking] = useState<{ referral: ReferralView; move: Move } | null>(null);
  const run = async (referral: ReferralView, move: Move, reason?: string) => {
    setFailure(null);
    try {
      onMoved(await moveReferral(referral, { to: move, ...(reason ? { reason } : {}) }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  };
  const profileText = (referral: ReferralView) =>
    t('referrals.table.profileText', {
      sex: referral.profile.sex
        ? t(`cases.people.sexes.${referral.profile.sex}`)
        : t('referrals.table.unknown'),
      age: referral.profile.age ?? t('referrals.table.unknown'),
      needs: referral.needs.map((need) => t(`referrals.serviceTypes.${need}`)).join(', '),
    });
  return (
    <>
      <ProblemAlert error={failure} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900} type="native">
          <Table verticalSpacing="sm">
            <Table.Caption>
              <VisuallyHidden>{caption}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('referrals.table.service')}</Table.Th>
                <Table.Th scope="col">{t('referrals.table.from')}</Table.Th>
                <Table.Th scope="col">{t('referrals.table.profile')}</Table.Th>
                <Table.Th scope="col">{t('referrals.table.urgency')}</Table.Th>
                <Table.Th scope="col">{t('referrals.table.respondBy')}</Table.Th>
                <Table.Th scope="col">{t('referrals.table.status')}</Table.Th>
                <Table.Th scope="col">{t('referrals.table.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.map((referral) => (
                <Table.Tr key={referral.id}>
                  <Table.Td>
                    {t(`referrals.serviceTypes.${referral.service.serviceType}`)} · {referral.provider.name}
                  </Table.Td>
                  <Table.Td>{referral.from.code}</Table.Td>
                  <Table.Td>
                    <Text fz="sm">{profileText(referral)}</Text>
                  </Table.Td>
                  <Table.Td>{t(`referrals.urgencies.${referral.urgency}`)}</Table.Td>
                  <Table.Td>
                    {referral.respondBy && <DateTime iso={referral.respondBy} />}{' '}
                    {referral.overdue && <Badge color="red.9">{t('referrals.table.overdue')}</Badge>}
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" fw={700}>
                      {t(`referrals.statuses.${referral.status}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {movesFor(referral).map((move) => (
                        <Button
                          key={move}
                          size="xs"
                          variant={NEEDS_REASON.includes(move) ? 'default' : 'filled'}
                          aria-label={t('referrals.moves.label', {
                            move: t(`referrals.moves.${move}`),
                            service: referral.service.name,
                          })}
                          onClick={() =>
                            NEEDS_REASON.includes(move) ? setAsking({ referral, move }) : run(referral, move)
                          }
                        >
                          {t(`referrals.moves.${move}`)}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <MoveReasonDialog
        move={asking?.move ?? null}
        onClose={() => setAsking(null)}
        onConfirm={async (reason) => {
          if (asking) await run(asking.referral, asking.move, reason);
          setAsking(null);
        }}
      />
    </>
  );
}
