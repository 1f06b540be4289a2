import { describe, expect, it } from 'vitest';
import { type ConsentForSharing, consentForProvider } from './services-consent.ts';

const provider = { agencyId: 'refugio', agencyType: 'shelter' };
const consent = (change: Partial<ConsentForSharing>): ConsentForSharing => ({
  id: 'c1',
  scopes: ['services'],
  recipientAgencyTypes: [],
  recipientAgencyIds: ['refugio'],
  givenOn: '2026-01-10',
  revokedOn: null,
  ...change,
});

describe('consent to share with a provider for services', () => {
  it.each([
    ['the provider named', {}, 'c1'],
    ['its kind of institution', { recipientAgencyIds: [], recipientAgencyTypes: ['shelter'] }, 'c1'],
    ['another provider named', { recipientAgencyIds: ['other'] }, null],
    ['another kind', { recipientAgencyIds: [], recipientAgencyTypes: ['consulate'] }, null],
    ['for the investigation only', { scopes: ['investigation'] as const }, null],
    ['given later', { givenOn: '2026-03-01' }, null],
    ['revoked that day', { revokedOn: '2026-02-01' }, null],
    ['revoked later', { revokedOn: '2026-02-02' }, 'c1'],
  ])('%s', (_name, change, expected) => {
    expect(consentForProvider([consent(change)], provider, '2026-02-01')).toBe(expected);
  });

  it('finds one consent among several', () => {
    const consents = [consent({ id: 'x', scopes: ['statistics'] }), consent({ id: 'y' })];
    expect(consentForProvider(consents, provider, '2026-02-01')).toBe('y');
  });
});
