import type { CurrentUser } from '../../../src/contracts/session.ts';

export const LINKAGE_PATH = '/linkage';
export const pairPath = (pairId: string) => `${LINKAGE_PATH}/pairs/${pairId}`;
export const clusterPath = (clusterId: string) => `${LINKAGE_PATH}/clusters/${clusterId}`;

/** Supervisors review linkage pairs, as in the API (docs/security.md#record-linkage). */
export const reviewsLinkage = (user: CurrentUser): boolean => user.roles.includes('supervisor');
