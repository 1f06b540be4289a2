import type { RouteObject } from 'react-router';
import { AdministratorOnly } from './AdministratorOnly.tsx';
import { USERS_PATH } from './administrator.ts';
import { UsersPage } from './UsersPage.tsx';

export const usersRoute: RouteObject = {
  path: USERS_PATH,
  element: (
    <AdministratorOnly>
      <UsersPage />
    </AdministratorOnly>
  ),
};
