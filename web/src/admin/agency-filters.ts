import type { AgencySummary } from '../api/agencies.ts';

/** Empty means any. */
export type AgencyFilters = { agencyType: string; stateCode: string };

export const NO_AGENCY_FILTERS: AgencyFilters = { agencyType: '', stateCode: '' };

export const filterAgencies = (agencies: readonly AgencySummary[], filters: AgencyFilters) =>
  agencies.filter(
    (agency) =>
      (!filters.agencyType || agency.agencyType === filters.agencyType) &&
      (!filters.stateCode || agency.stateCode === filters.stateCode),
  );
