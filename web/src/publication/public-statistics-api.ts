import {
  type PublicRelease,
  type PublicReleaseList,
  publicRelease,
  publicReleaseList,
} from '../../../src/contracts/publication.ts';
import { requestJson } from '../api/client.ts';

/** Readable without a session: the releases in force and one year's published figures. */
export const fetchPublicReleases = (): Promise<PublicReleaseList> =>
  requestJson({ path: '/api/v1/public/statistics' }, publicReleaseList);

export const fetchPublicRelease = (year: number): Promise<PublicRelease> =>
  requestJson({ path: `/api/v1/public/statistics/${year}` }, publicRelease);

export const openDataPath = (year: number, format: 'csv' | 'json') =>
  `/api/v1/public/statistics/${year}/open-data.${format}`;
