import type { z } from 'zod';
import { agencyCreated, agencyDirectory, type NewAgency } from '../../../src/contracts/agencies.ts';
import { requestJson } from './client.ts';

export type { NewAgency };
export type AgencyDirectory = z.infer<typeof agencyDirectory>;
export type AgencySummary = AgencyDirectory['items'][number];

const AGENCIES_PATH = '/api/v1/agencies';

export function fetchAgencyDirectory(): Promise<AgencyDirectory> {
  return requestJson({ path: AGENCIES_PATH }, agencyDirectory);
}

/** Disabled institutions too; only the platform operator's administrators may ask (others get 404). */
export function fetchAllAgencies(): Promise<AgencySummary[]> {
  return requestJson({ path: `${AGENCIES_PATH}?include=disabled` }, agencyDirectory).then(
    (list) => list.items,
  );
}

/** Answers 409 `agency_code_taken` when the code already names an institution, disabled or not. */
export function registerAgency(agency: NewAgency): Promise<{ id: string }> {
  return requestJson({ method: 'POST', path: AGENCIES_PATH, body: agency }, agencyCreated);
}
