/**
 * The modules the frame offers, in the order the work flows; keys name their entries in common.json.
 * `available`: the module has screens; the others still show what is coming.
 */
export const MODULES = [
  { key: 'cases', path: '/cases', available: true },
  { key: 'identification', path: '/identification', available: false },
  { key: 'referrals', path: '/referrals', available: true },
  { key: 'protection', path: '/protection', available: false },
  { key: 'linkage', path: '/linkage', available: true },
  { key: 'statistics', path: '/statistics', available: false },
  { key: 'administration', path: '/administration', available: false },
] as const;

export type Module = (typeof MODULES)[number];
