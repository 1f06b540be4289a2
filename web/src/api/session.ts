import { type CurrentUser, currentUser, type SignInRequest } from '../../../src/contracts/session.ts';
import { requestJson, requestNoContent } from './client.ts';

const SESSION_PATH = '/api/v1/session';

export function fetchCurrentUser(): Promise<CurrentUser> {
  return requestJson({ path: SESSION_PATH }, currentUser);
}

export function createSession(credentials: SignInRequest): Promise<CurrentUser> {
  return requestJson({ method: 'POST', path: SESSION_PATH, body: credentials }, currentUser);
}

export function deleteSession(): Promise<void> {
  return requestNoContent({ method: 'DELETE', path: SESSION_PATH });
}
