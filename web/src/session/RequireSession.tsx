import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageLoader } from '../pages/FullPageLoader.tsx';
import { useSession } from './session-context.ts';

export type ReturnTo = { returnTo?: string };

/** Sends anyone without a session (or half-way through signing in) to sign in, remembering where they were going. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'checking') return <FullPageLoader />;
  if (state.status !== 'signed-in') {
    // After a deliberate sign-out the next person starts afresh rather than on the last one's page.
    const byUser = state.status === 'signed-out' && state.byUser;
    const returnTo: ReturnTo = byUser ? {} : { returnTo: location.pathname + location.search };
    return <Navigate to="/sign-in" state={returnTo} replace />;
  }
  return children;
}
