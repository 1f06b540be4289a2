import type { ReactNode } from 'react';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { isAdministrator } from './administrator.ts';

/** Anyone else finds nothing here, as the API answers them. */
export function AdministratorOnly({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  return isAdministrator(user) ? children : <NotFoundPage />;
}
