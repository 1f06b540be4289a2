import { STATE_CODES } from '../../src/modules/catalog/states.ts';
import type { SignedInAccount } from './sign-in-accounts.ts';
import type { Endpoint } from './traffic.ts';

/** Everything the load driver needs to send the web app's traffic; plain data, handed to its process. */
export type LoadPlan = {
  baseUrl: string;
  headers: Record<string, string>;
  prosecutors: SignedInAccount[];
  statisticians: SignedInAccount[];
  /** The cases each agency owns, by agency code: what its prosecutors read. */
  casesOf: Record<string, string[]>;
  annualFiguresYear: number;
};

/** The web app's traffic: mostly reading cases, then searching, intake, the referral inbox and statistics. */
export function webAppMix(plan: LoadPlan): Endpoint[] {
  const cookies = plan.prosecutors.map((account) => account.cookie);
  const agencyOf = (cookie: number) => plan.prosecutors[cookie]!.agency;
  const stateOf = (cookie: number, index: number) =>
    agencyOf(cookie) === 'FEVIMTRA' ? STATE_CODES[index % STATE_CODES.length]! : agencyOf(cookie).slice(4);
  const statuses = ['identification', 'investigation', 'prosecution'];
  return [
    {
      name: 'case read',
      audited: 'case.read',
      weight: 60,
      cookies,
      method: 'GET',
      path: (index, cookie) => {
        const cases = plan.casesOf[agencyOf(cookie)]!;
        return `/api/v1/cases/${cases[(index * 7919) % cases.length]}`;
      },
    },
    {
      name: 'search',
      weight: 15,
      cookies,
      method: 'GET',
      path: (index, cookie) =>
        `/api/v1/cases?stateCode=${stateOf(cookie, index)}&status=${statuses[index % statuses.length]}&limit=20`,
    },
    {
      name: 'intake',
      audited: 'case.open',
      weight: 15,
      cookies,
      method: 'POST',
      path: () => '/api/v1/cases',
      body: (cookie) => JSON.stringify({ stateCode: stateOf(cookie, cookie) }),
    },
    { name: 'referrals', weight: 8, cookies, method: 'GET', path: () => '/api/v1/referrals' },
    {
      name: 'statistics',
      weight: 2,
      rate: 1,
      cookies: plan.statisticians.map((account) => account.cookie),
      method: 'GET',
      path: () => `/api/v1/statistics/annual/${plan.annualFiguresYear}`,
    },
  ];
}
