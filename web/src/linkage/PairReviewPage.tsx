import { Alert, Anchor, Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ApiError } from '../api/api-error.ts';
import {
  decidePair,
  fetchReviewPair,
  type PairDecisionValue,
  type ReviewPairDetail,
} from '../api/linkage.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { EvidenceTable } from './EvidenceTable.tsx';
import { LINKAGE_PATH } from './linkage-paths.ts';
import { PairRecordCard } from './PairRecordCard.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';

/** One pair: both records' sources, the engine's evidence per field, and the reviewer's decision. */
export function PairReviewPage() {
  const { t } = useTranslation();
  const { pairId = '' } = useParams();
  const [updated, setUpdated] = useState<ReviewPairDetail | null>(null);
  const read = useCallback(() => fetchReviewPair(pairId), [pairId]);
  const loaded = useApiQuery(read, null);
  return (
    <Stack gap="xl">
      <PageHeading title={t('linkage.pairTitle')} description={t('linkage.pairIntro')} />
      <Anchor component={Link} to={LINKAGE_PATH}>
        {t('linkage.backToQueue')}
      </Anchor>
      {loaded.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {loaded.status === 'failed' && <ProblemAlert error={loaded.error} />}
      {loaded.status === 'loaded' && <PairReview pair={updated ?? loaded.data} onDecided={setUpdated} />}
    </Stack>
  );
}

function PairReview({
  pair,
  onDecided,
}: {
  pair: ReviewPairDetail;
  onDecided: (pair: ReviewPairDetail) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<PairDecisionValue | null>(null);
  const [unmerging, setUnmerging] = useState(false);
  const decide = async (decision: PairDecisionValue, reason?: string) => {
    setError(null);
    setBusy(decision);
    try {
      onDecided(await decidePair(pair, decision, reason));
    } finally {
      setBusy(null);
    }
  };
  const tryDecide = (decision: PairDecisionValue) =>
    decide(decision).catch((failure: unknown) => setError(failure as ApiError));
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <PairRecordCard heading={t('linkage.firstRecord')} headingId="pair-first" record={pair.first} />
        <PairRecordCard heading={t('linkage.secondRecord')} headingId="pair-second" record={pair.second} />
      </SimpleGrid>
      <Text>{t('linkage.probabilitySentence', { probability: percent.format(pair.matchProbability) })}</Text>
      <EvidenceTable pair={pair} />
      <Alert color={pair.together ? 'green' : 'gray'} variant="light" role="status">
        {pair.together ? t('linkage.together') : t('linkage.apart')}
        {pair.decision && ` ${t(`linkage.decidedAs.${pair.decision}`)}`}
      </Alert>
      <ProblemAlert error={error} />
      <Group>
        {!pair.together && (
          <Button onClick={() => tryDecide('same')} loading={busy === 'same'}>
            {t('linkage.same')}
          </Button>
        )}
        {pair.together ? (
          <Button color="red.9" variant="outline" onClick={() => setUnmerging(true)}>
            {t('linkage.unmerge.open')}
          </Button>
        ) : (
          pair.decision !== 'different' && (
            <Button variant="default" onClick={() => tryDecide('different')} loading={busy === 'different'}>
              {t('linkage.different')}
            </Button>
          )
        )}
      </Group>
      <ReasonDialog
        opened={unmerging}
        destructive
        labels={{
          title: t('linkage.unmerge.title'),
          reason: t('linkage.unmerge.reason'),
          confirm: t('linkage.unmerge.confirm'),
        }}
        onClose={() => setUnmerging(false)}
        onConfirm={async (reason) => {
          await decide('different', reason);
          setUnmerging(false);
        }}
      />
    </>
  );
}
