import type { z } from 'zod';
import { agencyDirectory } from '../../../src/contracts/agencies.ts';
import { requestJson } from './client.ts';

export type AgencyDirectory = z.infer<typeof agencyDirectory>;
export type AgencySummary = AgencyDirectory['items'][number];

export function fetchAgencyDirectory(): Promise<AgencyDirectory> {
  return requestJson({ path: '/api/v1/agencies' }, agencyDirectory);
}
