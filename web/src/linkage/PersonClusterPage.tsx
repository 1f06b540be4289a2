import { Anchor, Loader, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  type Detachment,
  detachRecord,
  fetchPersonCluster,
  type PersonCluster,
  undoDetachment,
} from '../api/linkage.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { PageHeading } from '../pages/PageHeading.tsx';
import { ClusterDetachmentsList } from './ClusterDetachmentsList.tsx';
import { ClusterPairsTable } from './ClusterPairsTable.tsx';
import { ClusterRecordsTable } from './ClusterRecordsTable.tsx';
import { clusterPath, LINKAGE_PATH } from './linkage-paths.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

/** One person: the records the reviewer may see, the evidence between them, taking one out and putting it back. */
export function PersonClusterPage() {
  const { t } = useTranslation();
  const { clusterId = '' } = useParams();
  const [refreshKey, setRefreshKey] = useState(0);
  const read = useCallback(() => fetchPersonCluster(clusterId), [clusterId]);
  const loaded = useApiQuery(read, refreshKey);
  return (
    <Stack gap="xl">
      <PageHeading title={t('linkage.cluster.title')} description={t('linkage.cluster.intro')} />
      <Anchor component={Link} to={LINKAGE_PATH}>
        {t('linkage.backToQueue')}
      </Anchor>
      {loaded.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {loaded.status === 'failed' && <ProblemAlert error={loaded.error} />}
      {loaded.status === 'loaded' && (
        <ClusterReview cluster={loaded.data} onChanged={() => setRefreshKey((key) => key + 1)} />
      )}
    </Stack>
  );
}

type Pending = { kind: 'detach'; personId: string; reference: string } | { kind: 'undo'; taken: Detachment };

function ClusterReview({ cluster, onChanged }: { cluster: PersonCluster; onChanged: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [pending, setPending] = useState<Pending | null>(null);
  /** After a change the page follows the records it shows: where they are now, or simply read again. */
  const follow = (nextClusterId: string) => {
    setPending(null);
    if (nextClusterId === cluster.id) onChanged();
    else navigate(clusterPath(nextClusterId));
  };
  const confirm = async (reason: string) => {
    if (pending?.kind === 'detach') {
      follow((await detachRecord(cluster, pending.personId, reason)).fromClusterId);
    } else if (pending?.kind === 'undo') {
      const undone = await undoDetachment(pending.taken, reason);
      follow(undone.record.clusterId ?? cluster.id);
    }
  };
  const labels =
    pending?.kind === 'undo'
      ? {
          title: t('linkage.cluster.undoTitle', { reference: pending.taken.record.caseReference }),
          reason: t('linkage.cluster.undoReason'),
          confirm: t('linkage.cluster.undoConfirm'),
        }
      : {
          title: t('linkage.cluster.detachTitle', { reference: pending?.reference ?? '' }),
          reason: t('linkage.cluster.detachReason'),
          confirm: t('linkage.cluster.detachConfirm'),
        };
  return (
    <>
      <ClusterRecordsTable
        records={cluster.records}
        onDetach={(record) =>
          setPending({ kind: 'detach', personId: record.personId, reference: record.caseReference })
        }
      />
      <ClusterPairsTable records={cluster.records} pairs={cluster.pairs} />
      <ClusterDetachmentsList
        detachments={cluster.detachments}
        onUndo={(taken) => setPending({ kind: 'undo', taken })}
      />
      <ReasonDialog
        opened={pending !== null}
        destructive={pending?.kind === 'detach'}
        onClose={() => setPending(null)}
        onConfirm={confirm}
        labels={labels}
      />
    </>
  );
}
