import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import type { SignInRequest } from '../../../src/contracts/session.ts';
import { ApiError } from '../api/api-error.ts';
import { createSession, deleteSession, fetchCurrentUser } from '../api/session.ts';
import { type Session, SessionContext, type SessionState } from './session-context.ts';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  useEffect(() => {
    fetchCurrentUser().then(
      (user) => setState({ status: 'signed-in', user }),
      // Whatever kept us from confirming a session, the sign-in form is where the reader can act on it.
      () => setState({ status: 'signed-out', byUser: false }),
    );
  }, []);

  const signIn = useCallback(async (credentials: SignInRequest) => {
    const user = await createSession(credentials);
    setState({ status: 'signed-in', user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await deleteSession();
    } catch (error) {
      // 401 means the session had already ended on the server, which is what signing out wants.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setState({ status: 'signed-out', byUser: true });
  }, []);

  const session = useMemo<Session>(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext value={session}>{children}</SessionContext>;
}
