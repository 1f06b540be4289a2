import { createContext, useContext } from 'react';
import type { AgencySummary } from '../api/agencies.ts';

/**
 * Audit entries and alerts name institutions by id; the directory turns ids into codes and names. It
 * lists active institutions only, so an unknown id is shown as it is.
 */
export const AgencyDirectoryContext = createContext<ReadonlyMap<string, AgencySummary>>(new Map());

export function useAgency(id: string | null): AgencySummary | undefined {
  const directory = useContext(AgencyDirectoryContext);
  return id === null ? undefined : directory.get(id);
}
