import { useCallback, useMemo, useState } from 'react';
import { fetchIdentification, type IdentificationStatus } from '../api/screening.ts';
import { useApiQuery } from '../api/useApiQuery.ts';

/** Each person's current identification status, by person id; undefined while unknown to the page. */
export function useIdentification(caseId: string) {
  const [decidedAt, setDecidedAt] = useState(0);
  const read = useCallback(() => fetchIdentification(caseId), [caseId]);
  const statuses = useApiQuery(read, decidedAt);
  const byPerson = useMemo(
    () =>
      statuses.status === 'loaded'
        ? new Map<string, IdentificationStatus>(statuses.data.map((item) => [item.personId, item]))
        : undefined,
    [statuses],
  );
  return {
    byPerson,
    failure: statuses.status === 'failed' ? statuses.error : null,
    refresh: useCallback(() => setDecidedAt(Date.now()), []),
  };
}
