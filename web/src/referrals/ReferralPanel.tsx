import { Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import type { CaseView, PersonSummary } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { fetchCaseReferrals, fetchMatches, type MatchResult, type ReferralView } from '../api/referrals.ts';
import { type QueryState, useApiQuery } from '../api/useApiQuery.ts';
import { type Choice, MatchResults } from './MatchResults.tsx';
import { ReferDialog } from './ReferDialog.tsx';
import { ReferralsTable } from './ReferralsTable.tsx';

type ReferralPanelProps = { view: CaseView; people: QueryState<PersonSummary[]> };

/** Matches a survivor of the case to services, refers them, and follows the case's referrals. */
export function ReferralPanel({ view, people }: ReferralPanelProps) {
  const { t } = useTranslation();
  const [changedAt, setChangedAt] = useState(0);
  const read = useCallback(() => fetchCaseReferrals(view.id), [view.id]);
  const referrals = useApiQuery(read, changedAt);
  const [personId, setPersonId] = useState<string | null>(null);
  const [matches, setMatches] = useState<MatchResult | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [notice, setNotice] = useState('');
  const survivors =
    people.status === 'loaded' ? people.data.filter((person) => person.role === 'survivor') : [];
  const numbers = new Map(
    people.status === 'loaded' ? people.data.map((person, index) => [person.id, index + 1]) : [],
  );
  const mayRefer = view.allowedActions.includes('case.update');
  const find = async () => {
    if (!personId) return;
    setFailure(null);
    try {
      setMatches(await fetchMatches(view.id, personId));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  };
  const referred = (referral: ReferralView) => {
    setChoice(null);
    setNotice(
      t(referral.status === 'sent' ? 'referrals.refer.sent' : 'referrals.refer.proposed', {
        provider: referral.provider.name,
      }),
    );
    setChangedAt(Date.now());
  };
  return (
    <Stack component="section" aria-labelledby="referrals-heading" gap="md">
      <Title id="referrals-heading" order={2} fz="h3">
        {t('referrals.panel.title')}
      </Title>
      <Text c="dimmed" fz="sm">
        {t('referrals.panel.intro')}
      </Text>
      <Text role="status">{notice}</Text>
      {survivors.length === 0 ? (
        <Text>{t('referrals.panel.noSurvivors')}</Text>
      ) : (
        <Group align="flex-end">
          <Select
            label={t('referrals.panel.survivor')}
            data={survivors.map((person) => ({
              value: person.id,
              label: t('cases.records.personNumber', { number: numbers.get(person.id) ?? '?' }),
            }))}
            value={personId}
            onChange={(value) => {
              setPersonId(value);
              setMatches(null);
            }}
          />
          <Button onClick={find} disabled={!personId}>
            {t('referrals.panel.find')}
          </Button>
        </Group>
      )}
      <ProblemAlert error={failure} />
      {matches && <MatchResults result={matches} {...(mayRefer ? { onRefer: setChoice } : {})} />}
      {referrals.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {referrals.status === 'failed' && <ProblemAlert error={referrals.error} />}
      {referrals.status === 'loaded' &&
        (referrals.data.length === 0 ? (
          <Text c="dimmed">{t('referrals.panel.empty')}</Text>
        ) : (
          <ReferralsTable
            caption={t('referrals.table.caption')}
            referrals={referrals.data}
            onMoved={() => setChangedAt(Date.now())}
          />
        ))}
      {personId && (
        <ReferDialog
          caseId={view.id}
          personId={personId}
          choice={choice}
          onClose={() => setChoice(null)}
          onReferred={referred}
        />
      )}
    </Stack>
  );
}
