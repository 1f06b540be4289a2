import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchResult } from '../api/referrals.ts';
import { placeLabel } from '../cases/state-options.ts';
import { useReasonText } from './reason-text.ts';

export type Choice = { serviceId: string; serviceName: string; providerName: string };
type Candidate = MatchResult['ranked'][number] | MatchResult['excluded'][number];

type MatchResultsProps = {
  result: MatchResult;
  /** Present when the reader may refer: ranked services, and those excluded only by monitoring. */
  onRefer?: (choice: Choice) => void;
};

/** Every ranked and excluded service with the reasons behind it, and the needs left without one. */
export function MatchResults({ result, onRefer }: MatchResultsProps) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const candidate = (item: Candidate, referable: boolean, score?: number) => {
    const serviceName = t(`referrals.serviceTypes.${item.serviceType}`);
    return (
      <Card key={item.serviceId} withBorder component="li">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Text fw={700}>
              {serviceName} · {item.providerName}
            </Text>
            <List size="sm">
              {item.reasons.map((reason) => (
                <List.Item key={reason.code}>{reasonText(reason)}</List.Item>
              ))}
            </List>
          </Stack>
          <Group gap="xs">
            {score !== undefined && <Badge variant="light">{t('referrals.match.score', { score })}</Badge>}
            {onRefer && referable && (
              <Button
                size="xs"
                aria-label={t('referrals.match.referTo', {
                  service: serviceName,
                  provider: item.providerName,
                })}
                onClick={() =>
                  onRefer({ serviceId: item.serviceId, serviceName, providerName: item.providerName })
                }
              >
                {t('referrals.match.refer')}
              </Button>
            )}
          </Group>
        </Group>
      </Card>
    );
  };
  return (
    <Stack gap="md">
      {result.gaps.map((gap) => {
        const need = t(`referrals.serviceTypes.${gap.need}`);
        const reasons = Object.keys(gap.excludedBy)
          .map((code) => t(`referrals.reasons.${code}`, { defaultValue: code }))
          .join('; ');
        return (
          <Alert key={gap.need} color="orange" variant="light">
            {gap.state
              ? t('referrals.match.gap', { need, state: placeLabel(gap.state, null) })
              : t('referrals.match.gapNoState', { need })}{' '}
            {reasons && t('referrals.match.gapExcludedBy', { reasons })}{' '}
            {gap.nearest
              ? t('referrals.match.gapNearest', {
                  service: gap.nearest.providerName,
                  state: placeLabel(gap.nearest.state, null),
                  km: gap.nearest.distanceKm,
                })
              : t('referrals.match.gapNone')}
          </Alert>
        );
      })}
      <Title order={3} fz="h4">
        {t('referrals.match.ranked')}
      </Title>
      {result.ranked.length === 0 ? (
        <Text c="dimmed">{t('referrals.match.noRanked')}</Text>
      ) : (
        <Stack
          component="ol"
          gap="sm"
          className="enlace-plain-list"
          aria-label={t('referrals.match.rankedCaption')}
        >
          {result.ranked.map((item) => candidate(item, true, item.score))}
        </Stack>
      )}
      {result.excluded.length > 0 && (
        <>
          <Title order={3} fz="h4">
            {t('referrals.match.excluded')}
          </Title>
          <Stack component="ul" gap="sm" className="enlace-plain-list">
            {result.excluded.map((item) => candidate(item, item.overridable))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
