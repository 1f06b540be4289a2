import type { RouteObject } from 'react-router';
import { AdministratorOnly } from './AdministratorOnly.tsx';
import { AgenciesPage } from './AgenciesPage.tsx';
import { AGENCIES_PATH, USERS_PATH } from './administrator.ts';
import { PlatformAdministratorOnly } from './PlatformAdministratorOnly.tsx';
import { UsersPage } from './UsersPage.tsx';

export const usersRoute: RouteObject = {
  path: USERS_PATH,
  element: (
    <AdministratorOnly>
      <UsersPage />
    </AdministratorOnly>
  ),
};

export const agenciesRoute: RouteObject = {
  path: AGENCIES_PATH,
  element: (
    <PlatformAdministratorOnly>
      <AgenciesPage />
    </PlatformAdministratorOnly>
  ),
};
