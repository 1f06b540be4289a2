import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  monitoringUpdate,
  providerRegistration,
  servicePatch,
  serviceRequest,
} from './directory-contract.ts';
import type { DirectoryService, SurvivorProfile } from './match.ts';
import { matchParams, matchQuery } from './match-contract.ts';
import { referralMove, referralProfile, referralRequest } from './referral-contract.ts';
import { sharedProfile } from './survivor-profile.ts';

/**
 * Services never depend on cooperation with the investigation (the seed reports survivors pressured to
 * testify). Nothing a service's eligibility, matching or a referral is made of can name the survivor's
 * decision on testifying or the state of the investigation; the schema's side is proven in
 * test/referrals/referral-schema.db.test.ts and test/records/testimony-isolation.db.test.ts.
 */
const COOPERATION =
  /testi|testif|cooperat|colabor|investigat|witness|declar|statement|condition|prosecut|complaint|denuncia|case.?status|carpeta/i;

/** Every property name a contract accepts, at any depth. */
function keysOf(schema: z.ZodType): string[] {
  const keys: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) keys.push(...Object.keys(properties));
    Object.values(node).forEach(walk);
  };
  walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  return keys;
}

// Typed in full, so that a field added to what matching reads must be added (and so checked) here.
const profile: Required<SurvivorProfile> = {
  needs: ['shelter'],
  sex: 'female',
  gender: 'feminine',
  age: 30,
  nationality: 'HN',
  indigenousLanguage: null,
  hasDisability: false,
  exploitationForms: [],
  withChildren: false,
  state: 'PUE',
  municipality: null,
};
const service: Required<DirectoryService> = {
  id: 'service',
  providerId: 'provider',
  providerName: 'Refugio',
  monitoringStatus: 'accredited',
  serviceType: 'shelter',
  active: true,
  sexes: [],
  genders: [],
  minAge: null,
  maxAge: null,
  exploitationForms: [],
  nationalities: [],
  languages: [],
  disabilityAccess: false,
  acceptsChildren: false,
  securityLevel: null,
  states: ['PUE'],
  municipalities: [],
  capacity: null,
  occupancy: 0,
};

describe('services never depend on cooperation with the investigation', () => {
  it.each([
    ['a service’s eligibility (new)', serviceRequest],
    ['a service’s eligibility (change)', servicePatch],
    ['a provider’s entry', providerRegistration],
    ['a provider’s monitoring', monitoringUpdate],
    ['a matching request', matchQuery],
    ['a matching request’s path', matchParams],
    ['a referral', referralRequest],
    ['a referral’s move', referralMove],
    ['what a provider receives', referralProfile],
  ] as [string, z.ZodType][])('%s has no field for it', (_name, schema) => {
    const keys = keysOf(schema);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => COOPERATION.test(key))).toEqual([]);
  });

  it('matching reads no such fact of the survivor, nor of the service', () => {
    const read = [...Object.keys(profile), ...Object.keys(service), ...Object.keys(sharedProfile(profile))];
    expect(read.filter((key) => COOPERATION.test(key))).toEqual([]);
  });

  it('would notice such a field', () => {
    const tampered = referralRequest.extend({ survivorWillTestify: z.boolean() });
    expect(keysOf(tampered).filter((key) => COOPERATION.test(key))).toEqual(['survivorWillTestify']);
    expect(COOPERATION.test('investigationStatus')).toBe(true);
    expect(COOPERATION.test('caseStatus')).toBe(true);
  });
});
