import type { z } from 'zod';
import {
  type createManagedUser,
  type ManagedUser,
  managedUser,
  managedUserList,
  type updateManagedUser,
} from '../../../src/contracts/admin.ts';
import { requestJson } from './client.ts';

export type { ManagedUser };
export type NewManagedUser = z.input<typeof createManagedUser>;
export type ManagedUserChange = z.infer<typeof updateManagedUser>;

const USERS_PATH = '/api/v1/admin/users';

export function fetchManagedUsers(): Promise<ManagedUser[]> {
  return requestJson({ path: USERS_PATH }, managedUserList).then((list) => list.items);
}

export function createManagedUserAccount(account: NewManagedUser): Promise<ManagedUser> {
  return requestJson({ method: 'POST', path: USERS_PATH, body: account }, managedUser);
}

/** Changing roles ends the account's sessions at once; a disabled account's sessions stop at their next request. */
export function updateManagedUserAccount(userId: string, change: ManagedUserChange): Promise<ManagedUser> {
  return requestJson(
    { method: 'PATCH', path: `${USERS_PATH}/${encodeURIComponent(userId)}`, body: change },
    managedUser,
  );
}

/**
 * For a person who lost both their authenticator app and their recovery codes: answers 403
 * `reauthentication_required` when the administrator's last sign-in is too old.
 */
export function resetManagedUserMfa(userId: string, reason: string): Promise<ManagedUser> {
  return requestJson(
    { method: 'POST', path: `${USERS_PATH}/${encodeURIComponent(userId)}/mfa-reset`, body: { reason } },
    managedUser,
  );
}
