import type { ReactNode } from 'react';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { isAuditor } from './auditor.ts';

/** Anyone else finds nothing here, as the API answers them: no hint that the audit pages exist. */
export function AuditorOnly({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  return isAuditor(user) ? children : <NotFoundPage />;
}
