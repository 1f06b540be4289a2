import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import type { SecondFactorRequest, SignInRequest } from '../../../src/contracts/session.ts';
import { ApiError } from '../api/api-error.ts';
import {
  createSession,
  deleteSession,
  fetchCurrentUser,
  confirmEnrolment as sendEnrolmentConfirmation,
  sendSecondFactor,
} from '../api/session.ts';
import { onSessionEnded } from '../api/session-ended.ts';
import { forgetAllDrafts } from '../identification/screening-draft.ts';
import { type Session, SessionContext, type SessionState } from './session-context.ts';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  useEffect(() => {
    fetchCurrentUser().then(
      (user) => setState({ status: 'signed-in', user }),
      // Whatever kept us from confirming a session, the sign-in form is where the reader can act on it;
      // when it was not simply "no session" (a busy server), the form says what happened and when to retry.
      (error: unknown) =>
        setState({
          status: 'signed-out',
          byUser: false,
          unconfirmed: error instanceof ApiError && error.status !== 401 ? error : undefined,
        }),
    );
  }, []);

  // A session ended on the server shows up at the next request: back to the sign-in form, saying why.
  useEffect(
    () =>
      onSessionEnded(() =>
        setState((current) =>
          current.status === 'signed-in' ? { status: 'signed-out', byUser: false, ended: true } : current,
        ),
      ),
    [],
  );

  const signIn = useCallback(async (credentials: SignInRequest) => {
    const answer = await createSession(credentials);
    if (!('mfa' in answer)) setState({ status: 'signed-in', user: answer });
    else setState({ status: answer.mfa === 'required' ? 'second-factor' : 'enrolment' });
  }, []);

  const proveSecondFactor = useCallback(async (proof: SecondFactorRequest) => {
    setState({ status: 'signed-in', user: await sendSecondFactor(proof) });
  }, []);

  const confirmEnrolment = useCallback(async (code: string) => {
    const { user, recoveryCodes } = await sendEnrolmentConfirmation({ code });
    setState({ status: 'recovery-codes', user, codes: recoveryCodes });
  }, []);

  const enterAfterRecoveryCodes = useCallback(() => {
    setState((current) =>
      current.status === 'recovery-codes' ? { status: 'signed-in', user: current.user } : current,
    );
  }, []);

  const cancelSignIn = useCallback(async ({ expired = false } = {}) => {
    // The half-open session would expire within minutes anyway; failing to revoke it must not trap the reader.
    await deleteSession().catch(() => undefined);
    setState({ status: 'signed-out', byUser: false, stepExpired: expired });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await deleteSession();
    } catch (error) {
      // 401 means the session had already ended on the server, which is what signing out wants.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    // Unfinished interviews hold a survivor's answers; whoever uses this tab next must not find them.
    forgetAllDrafts(window.sessionStorage);
    setState({ status: 'signed-out', byUser: true });
  }, []);

  const session = useMemo<Session>(
    () => ({
      state,
      signIn,
      proveSecondFactor,
      confirmEnrolment,
      enterAfterRecoveryCodes,
      cancelSignIn,
      signOut,
    }),
    [state, signIn, proveSecondFactor, confirmEnrolment, enterAfterRecoveryCodes, cancelSignIn, signOut],
  );
  return <SessionContext value={session}>{children}</SessionContext>;
}
