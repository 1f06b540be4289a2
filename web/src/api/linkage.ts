import {
  type PairDecisionValue,
  type ReviewPair,
  type ReviewPairDetail,
  type ReviewStatus,
  reviewPairDetail,
  reviewQueue,
} from '../../../src/contracts/linkage.ts';
import { requestJson } from './client.ts';

export type { PairDecisionValue, ReviewPair, ReviewPairDetail, ReviewStatus };

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
