/** The modules the frame offers, in the order the work flows; keys name their entries in common.json. */
export const MODULES = [
  { key: 'cases', path: '/cases' },
  { key: 'identification', path: '/identification' },
  { key: 'referrals', path: '/referrals' },
  { key: 'protection', path: '/protection' },
  { key: 'linkage', path: '/linkage' },
  { key: 'statistics', path: '/statistics' },
  { key: 'administration', path: '/administration' },
] as const;

export type Module = (typeof MODULES)[number];
