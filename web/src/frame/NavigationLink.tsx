import { NavLink } from '@mantine/core';
import { NavLink as RouterNavLink, useMatch } from 'react-router';

type NavigationLinkProps = { to: string; label: string; end?: boolean; onNavigate: () => void };

/** React Router's NavLink marks the current page with aria-current; Mantine's styles it. */
export function NavigationLink({ to, label, end = false, onNavigate }: NavigationLinkProps) {
  const active = useMatch({ path: to, end }) !== null;
  return (
    <NavLink
      component={RouterNavLink}
      to={to}
      end={end}
      label={label}
      active={active}
      variant="light"
      fw={active ? 600 : 400}
      onClick={onNavigate}
    />
  );
}
