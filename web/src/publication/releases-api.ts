import {
  type ApproveReleaseRequest,
  type ReleaseRecord,
  releaseRecord,
  releaseRecordList,
} from '../../../src/contracts/publication.ts';
import { requestJson } from '../api/client.ts';

/** The commission's releases, withdrawn ones included; anyone else gets 404. */
export const fetchReleases = (): Promise<ReleaseRecord[]> =>
  requestJson({ path: '/api/v1/statistics/releases' }, releaseRecordList).then((list) => list.releases);

export const approveRelease = (body: ApproveReleaseRequest): Promise<ReleaseRecord> =>
  requestJson({ method: 'POST', path: '/api/v1/statistics/releases', body }, releaseRecord);

export const withdrawRelease = (releaseId: string, reason: string): Promise<ReleaseRecord> =>
  requestJson(
    { method: 'POST', path: `/api/v1/statistics/releases/${releaseId}/withdrawal`, body: { reason } },
    releaseRecord,
  );
