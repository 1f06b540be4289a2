import { createContext, useContext } from 'react';
import type { CurrentUser, SecondFactorRequest, SignInRequest } from '../../../src/contracts/session.ts';
import type { ApiError } from '../api/api-error.ts';

/**
 * In `signed-out`, `byUser` tells a deliberate sign-out apart from arriving without a session, and
 * `stepExpired` says a second sign-in step took too long, `ended` that the server ended a signed-in
 * session (the next request answered 401), and `unconfirmed` why the session could not be
 * checked on arrival when the server answered something other than "no session" (busy, say). Between the password and a full session the
 * reader owes a code (`second-factor`) or must set up an authenticator app (`enrolment`); after
 * enrolling they see their recovery codes once (`recovery-codes`) before entering.
 */
export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; byUser: boolean; stepExpired?: boolean; ended?: boolean; unconfirmed?: ApiError }
  | { status: 'second-factor' }
  | { status: 'enrolment' }
  | { status: 'recovery-codes'; user: CurrentUser; codes: string[] }
  | { status: 'signed-in'; user: CurrentUser };

export type Session = {
  state: SessionState;
  signIn: (credentials: SignInRequest) => Promise<void>;
  proveSecondFactor: (proof: SecondFactorRequest) => Promise<void>;
  confirmEnrolment: (code: string) => Promise<void>;
  /** The reader saved their recovery codes: enter the app. */
  enterAfterRecoveryCodes: () => void;
  /** Leaves a second step: back to the password, the half-open session revoked. */
  cancelSignIn: (options?: { expired: boolean }) => Promise<void>;
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
