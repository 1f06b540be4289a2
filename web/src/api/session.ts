import { z } from 'zod';
import {
  type ConfirmedEnrolment,
  type CurrentUser,
  confirmedEnrolment,
  currentUser,
  type EnrolmentConfirmation,
  type MfaEnrolment,
  mfaEnrolment,
  type Reauthentication,
  type ReauthenticationRequest,
  reauthentication,
  type SecondFactorRequest,
  type SignInRequest,
  type SignInStep,
  signInStep,
} from '../../../src/contracts/session.ts';
import { requestJson, requestNoContent } from './client.ts';

const SESSION_PATH = '/api/v1/session';

export function fetchCurrentUser(): Promise<CurrentUser> {
  return requestJson({ path: SESSION_PATH }, currentUser);
}

/** Signed in, or a second step owed (`mfa` says which). */
export function createSession(credentials: SignInRequest): Promise<CurrentUser | SignInStep> {
  return requestJson(
    { method: 'POST', path: SESSION_PATH, body: credentials },
    z.union([currentUser, signInStep]),
  );
}

export function sendSecondFactor(proof: SecondFactorRequest): Promise<CurrentUser> {
  return requestJson({ method: 'POST', path: `${SESSION_PATH}/mfa`, body: proof }, currentUser);
}

export function startEnrolment(): Promise<MfaEnrolment> {
  return requestJson({ method: 'POST', path: `${SESSION_PATH}/mfa/enrolment` }, mfaEnrolment);
}

export function confirmEnrolment(confirmation: EnrolmentConfirmation): Promise<ConfirmedEnrolment> {
  return requestJson(
    { method: 'POST', path: `${SESSION_PATH}/mfa/enrolment/confirmation`, body: confirmation },
    confirmedEnrolment,
  );
}

export function reauthenticate(proof: ReauthenticationRequest): Promise<Reauthentication> {
  return requestJson({ method: 'POST', path: `${SESSION_PATH}/reauth`, body: proof }, reauthentication);
}

export function deleteSession(): Promise<void> {
  return requestNoContent({ method: 'DELETE', path: SESSION_PATH });
}
