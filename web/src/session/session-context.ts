import { createContext, useContext } from 'react';
import type { CurrentUser, SignInRequest } from '../../../src/contracts/session.ts';

/** In `signed-out`, `byUser` tells a deliberate sign-out apart from arriving without a session. */
export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; byUser: boolean }
  | { status: 'signed-in'; user: CurrentUser };

export type Session = {
  state: SessionState;
  signIn: (credentials: SignInRequest) => Promise<void>;
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** For pages that only render behind <RequireSession>, where a user is always present. */
export function useCurrentUser(): CurrentUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useCurrentUser must be used behind <RequireSession>');
  return state.user;
}
