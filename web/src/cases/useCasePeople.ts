import { useCallback, useState } from 'react';
import { fetchPeople, type PersonSummary } from '../api/cases.ts';
import { type QueryState, useApiQuery } from '../api/useApiQuery.ts';

/**
 * The people of a case, read once for every section that numbers them: each read is an audited access
 * to the case. `refresh` reads them again after one is added.
 */
export function useCasePeople(caseId: string): { people: QueryState<PersonSummary[]>; refresh: () => void } {
  const [changedAt, setChangedAt] = useState(0);
  const read = useCallback(() => fetchPeople(caseId), [caseId]);
  const people = useApiQuery(read, changedAt);
  return { people, refresh: useCallback(() => setChangedAt(Date.now()), []) };
}
