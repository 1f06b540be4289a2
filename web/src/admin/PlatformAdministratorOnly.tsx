import type { ReactNode } from 'react';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { useCurrentUser } from '../session/session-context.ts';
import { isPlatformAdministrator } from './administrator.ts';

/** Anyone else finds nothing here, as the API answers them. */
export function PlatformAdministratorOnly({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  return isPlatformAdministrator(user) ? children : <NotFoundPage />;
}
