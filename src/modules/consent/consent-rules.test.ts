import { describe, expect, it } from 'vitest';
import { consentIssues, revocationIssues } from './consent-rules.ts';

describe('consentIssues', () => {
  it.each([
    [
      'services with shelters',
      { scopes: ['services'], recipientAgencyTypes: ['shelter'], recipientAgencyCodes: [] },
      [],
    ],
    [
      'investigation with one agency',
      { scopes: ['investigation'], recipientAgencyTypes: [], recipientAgencyCodes: ['FEVIMTRA'] },
      [],
    ],
    [
      'statistics alone, with nobody named',
      { scopes: ['statistics'], recipientAgencyTypes: [], recipientAgencyCodes: [] },
      [],
    ],
    [
      'services with nobody named',
      { scopes: ['services', 'statistics'], recipientAgencyTypes: [], recipientAgencyCodes: [] },
      [{ path: 'recipientAgencyTypes', key: 'recipient_required' }],
    ],
    [
      'a scope twice',
      { scopes: ['statistics', 'statistics'], recipientAgencyTypes: [], recipientAgencyCodes: [] },
      [{ path: 'scopes', key: 'duplicate_values' }],
    ],
  ] as const)('%s', (_name, consent, expected) => {
    expect(consentIssues(consent)).toEqual(expected);
  });
});

describe('revocationIssues', () => {
  it('accepts a revocation on the day of the consent or later, never before', () => {
    expect(revocationIssues('2012-03-01', '2012-03-01')).toEqual([]);
    expect(revocationIssues('2012-03-01', '2012-02-28')).toEqual([
      { path: 'revokedOn', key: 'revoked_before_given' },
    ]);
  });
});
