import { useMemo } from 'react';
import { type AgencySummary, fetchAgencyDirectory } from '../api/agencies.ts';
import { useApiQuery } from '../api/useApiQuery.ts';

/** Read once per visit to the audit page; without it (still loading, or failed) ids are shown instead. */
export function useAgencyDirectory(): ReadonlyMap<string, AgencySummary> {
  const query = useApiQuery(fetchAgencyDirectory, 'once');
  return useMemo(
    () => new Map(query.status === 'loaded' ? query.data.items.map((agency) => [agency.id, agency]) : []),
    [query],
  );
}
