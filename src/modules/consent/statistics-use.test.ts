import { describe, expect, it } from 'vitest';
import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import { type ConsentFacts, type StatisticsUse, statisticsUse } from './statistics-use.ts';

const statistics: ConsentFacts = { scopes: ['statistics'], givenOn: '2012-03-01', revokedOn: null };
const servicesOnly: ConsentFacts = { scopes: ['services'], givenOn: '2012-03-01', revokedOn: null };
const revoked: ConsentFacts = { ...statistics, revokedOn: '2012-06-01' };
const both: ConsentFacts = { scopes: ['services', 'statistics'], givenOn: '2012-03-01', revokedOn: null };

const everywhere: StatisticsUse = { aggregate: true, disaggregated: true };
const totalsOnly: StatisticsUse = { aggregate: true, disaggregated: false };
const nowhere: StatisticsUse = { aggregate: false, disaggregated: false };

describe('statisticsUse', () => {
  it.each([
    ['no consent', 'aggregates', '2012-12-31', [], totalsOnly],
    ['no consent', 'consent_required', '2012-12-31', [], nowhere],
    ['consent for statistics', 'aggregates', '2012-12-31', [statistics], everywhere],
    ['consent for statistics', 'consent_required', '2012-12-31', [statistics], everywhere],
    ['consent with statistics among other scopes', 'consent_required', '2012-12-31', [both], everywhere],
    ['consent for services only', 'aggregates', '2012-12-31', [servicesOnly], totalsOnly],
    ['consent for services only', 'consent_required', '2012-12-31', [servicesOnly], nowhere],
    ['consent given after the date', 'consent_required', '2012-02-28', [statistics], nowhere],
    ['consent given on the date', 'consent_required', '2012-03-01', [statistics], everywhere],
    ['consent revoked before the date', 'aggregates', '2012-12-31', [revoked], totalsOnly],
    ['consent revoked before the date', 'consent_required', '2012-12-31', [revoked], nowhere],
    ['consent revoked on the date', 'consent_required', '2012-06-01', [revoked], nowhere],
    ['consent revoked after the date', 'consent_required', '2012-05-31', [revoked], everywhere],
    ['a revoked consent and a later one', 'consent_required', '2012-12-31', [revoked, both], everywhere],
  ] as [string, StatisticsConsentPolicy, string, ConsentFacts[], StatisticsUse][])(
    '%s, policy %s, on %s',
    (_name, policy, asOf, consents, expected) => {
      expect(statisticsUse(consents, policy, asOf)).toEqual(expected);
    },
  );
});
