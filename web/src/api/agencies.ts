import type { z } from 'zod';
import {
  agencyCreated,
  agencyDetails,
  agencyDirectory,
  type NewAgency,
} from '../../../src/contracts/agencies.ts';
import { requestJson } from './client.ts';

export type { NewAgency };
export type AgencyDirectory = z.infer<typeof agencyDirectory>;
export type AgencySummary = AgencyDirectory['items'][number];

const AGENCIES_PATH = '/api/v1/agencies';

export function fetchAgencyDirectory(): Promise<AgencyDirectory> {
  return requestJson({ path: AGENCIES_PATH }, agencyDirectory);
}

/** Suspended institutions too; only the platform operator's administrators may ask (others get 404). */
export function fetchAllAgencies(): Promise<AgencySummary[]> {
  return requestJson({ path: `${AGENCIES_PATH}?include=disabled` }, agencyDirectory).then(
    (list) => list.items,
  );
}

/** Answers 409 `agency_code_taken` when the code already names an institution, disabled or not. */
export function registerAgency(agency: NewAgency): Promise<{ id: string }> {
  return requestJson({ method: 'POST', path: AGENCIES_PATH, body: agency }, agencyCreated);
}

export type AgencyStatusChange = 'suspension' | 'reinstatement';

/**
 * Suspends or reinstates an institution, with a reason, based on the version the administrator saw:
 * 412 `version_conflict` when someone else changed it first.
 */
export function changeAgencyStatus(
  agency: Pick<AgencySummary, 'id' | 'version'>,
  change: AgencyStatusChange,
  reason: string,
) {
  return requestJson(
    {
      method: 'POST',
      path: `${AGENCIES_PATH}/${agency.id}/${change}`,
      body: { reason },
      ifMatch: agency.version,
    },
    agencyDetails,
  );
}
