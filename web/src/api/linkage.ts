import {
  type Detachment,
  detachment,
  type PairDecisionValue,
  type PersonCluster,
  personCluster,
  type ReviewPair,
  type ReviewPairDetail,
  type ReviewStatus,
  reviewPairDetail,
  reviewQueue,
} from '../../../src/contracts/linkage.ts';
import { requestJson } from './client.ts';

export type { Detachment, PairDecisionValue, PersonCluster, ReviewPair, ReviewPairDetail, ReviewStatus };

export function fetchReviewQueue(status: ReviewStatus, page: number) {
  return requestJson(
    { path: `/api/v1/linkage/review-pairs?status=${encodeURIComponent(status)}&page=${page}` },
    reviewQueue,
  );
}

export function fetchReviewPair(pairId: string): Promise<ReviewPairDetail> {
  return requestJson(
    { path: `/api/v1/linkage/review-pairs/${encodeURIComponent(pairId)}` },
    reviewPairDetail,
  );
}

export function decidePair(
  pair: { id: string; version: number },
  decision: PairDecisionValue,
  reason?: string,
): Promise<ReviewPairDetail> {
  return requestJson(
    {
      method: 'POST',
      path: `/api/v1/linkage/review-pairs/${encodeURIComponent(pair.id)}/decision`,
      body: reason ? { decision, reason } : { decision },
      ifMatch: pair.version,
    },
    reviewPairDetail,
  );
}

export function fetchPersonCluster(clusterId: string): Promise<PersonCluster> {
  return requestJson({ path: `/api/v1/linkage/clusters/${encodeURIComponent(clusterId)}` }, personCluster);
}

/** Takes one record out of the person; the answer says where the other records are now. */
export function detachRecord(
  cluster: { id: string; version: number },
  personId: string,
  reason: string,
): Promise<Detachment> {
  return requestJson(
    {
      method: 'POST',
      path: `/api/v1/linkage/clusters/${encodeURIComponent(cluster.id)}/detachments`,
      body: { personId, reason },
      ifMatch: cluster.version,
    },
    detachment,
  );
}

export function undoDetachment(taken: { id: string; version: number }, reason: string): Promise<Detachment> {
  return requestJson(
    {
      method: 'POST',
      path: `/api/v1/linkage/detachments/${encodeURIComponent(taken.id)}/undo`,
      body: { reason },
      ifMatch: taken.version,
    },
    detachment,
  );
}
