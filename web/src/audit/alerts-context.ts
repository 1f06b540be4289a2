import { useOutletContext } from 'react-router';
import type { AlertList } from '../api/audit.ts';
import type { QueryState } from '../api/useApiQuery.ts';

/** The page reads the alerts once for the tab's count; the alerts view shows the same answer. */
export const useAlertsQuery = () => useOutletContext<QueryState<AlertList>>();
