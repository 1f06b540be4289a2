import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/platform/access/roles.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { agency, userWithSession } from '../support/sessions.ts';
import { client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * Every role in every scope against one case opened by a Puebla prosecutor's office and shared with
 * one other agency: each cell is an explicit allow or deny, checked through the HTTP API and again with
 * direct SQL as the application role (row-level security).
 */
const SCOPES = ['own_agency', 'same_state', 'other_state', 'federal', 'shared_with'] as const;
type Scope = (typeof SCOPES)[number];

// Written out, not derived from the code under test: the matrix states what must hold.
const CASE_ROLES: Role[] = [
  'intake_officer',
  'case_worker',
  'investigator',
  'prosecutor',
  'shelter_staff',
  'supervisor',
];
const SEES_THE_CASE: Record<Scope, Role[]> = {
  own_agency: CASE_ROLES,
  same_state: [],
  other_state: [],
  federal: [],
  shared_with: CASE_ROLES,
};
const MAY_SHARE: Record<Scope, Role[]> = {
  own_agency: ['prosecutor', 'supervisor'],
  same_state: [],
  other_state: [],
  federal: [],
  shared_with: [],
};
const FIELDS_OWNED: Partial<Record<Role, string[]>> = {
  intake_officer: ['identity', 'location', 'needs'],
  case_worker: ['identity', 'location', 'needs'],
  investigator: ['identity', 'location', 'investigation', 'needs'],
  prosecutor: ['identity', 'location', 'investigation', 'needs'],
  shelter_staff: ['identity', 'needs'],
  supervisor: ['identity', 'location', 'investigation', 'needs'],
};

let database: TestDatabase;
let server: TestApp;
let caseId: string;
let personId: string;
const agencies = {} as Record<Scope, string>;
const people = new Map<string, { id: string; cookie: string; agencyId: string; roles: Role[] }>();
const key = (scope: Scope, role: Role) => `${scope}:${role}`;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  agencies.own_agency = await agency(database, 'FGE-PUE', {
    type: 'state_prosecutor',
    level: 'state',
    state: 'PUE',
  });
  agencies.same_state = await agency(database, 'DIF-PUE', {
    type: 'social_welfare',
    level: 'state',
    state: 'PUE',
  });
  agencies.other_state = await agency(database, 'FGE-CHP', {
    type: 'state_prosecutor',
    level: 'state',
    state: 'CHP',
  });
  agencies.federal = await agency(database, 'FEVIMTRA', {
    type: 'federal_prosecutor_trafficking',
    level: 'federal',
  });
  await agency(database, 'INM', { type: 'migration_institute', level: 'federal' });
  agencies.shared_with = await agency(database, 'REFUGIO-OSC', {
    type: 'shelter',
    level: 'state',
    state: 'CMX',
    sector: 'ngo',
  });
  for (const scope of SCOPES) {
    for (const role of ROLES) {
      const user = await userWithSession(database, {
        username: `${scope}.${role}`.replaceAll('_', '-'),
        agencyId: agencies[scope],
        roles: [role],
      });
      people.set(key(scope, role), { ...user, agencyId: agencies[scope], roles: [role] });
    }
  }
  const opener = as('own_agency', 'prosecutor');
  const opened = await opener.call('POST', '/api/v1/cases', { stateCode: 'PUE', municipality: 'Tehuacán' });
  expect(opened.status).toBe(201);
  caseId = opened.body.id;
  const person = await opener.call('POST', `/api/v1/cases/${caseId}/people`, {
    role: 'survivor',
    identity: { givenNames: 'Persona Sintética' },
    contacts: [{ address: 'Domicilio sintético 1' }],
  });
  expect(person.status).toBe(201);
  personId = person.body.id;
  const shared = await opener.call('POST', `/api/v1/cases/${caseId}/shares`, {
    agencyCode: 'REFUGIO-OSC',
    reason: 'Canalización a refugio especializado',
  });
  expect(shared.status).toBe(201);
});
afterAll(async () => {
  await server.close();
  await database.close();
});

function as(scope: Scope, role: Role) {
  const session = client(server.baseUrl);
  session.setCookie(people.get(key(scope, role))!.cookie);
  return session;
}

const cells = SCOPES.flatMap((scope) => ROLES.map((role) => [scope, role] as const));

describe.each(cells)('%s · %s', (scope, role) => {
  const sees = SEES_THE_CASE[scope].includes(role);

  it(`reads the case: ${sees ? 'allowed' : 'denied as 404'}`, async () => {
    const response = await as(scope, role).call('GET', `/api/v1/cases/${caseId}`);
    expect(response.status).toBe(sees ? 200 : 404);
    if (!sees) expect(response.body.code).toBe('not_found');
  });

  it(`lists the case: ${sees ? 'listed' : 'absent'}`, async () => {
    const response = await as(scope, role).call('GET', '/api/v1/cases');
    expect(response.status).toBe(200);
    expect(response.body.items.some((item: { id: string }) => item.id === caseId)).toBe(sees);
  });

  it('sees exactly the field groups its role and relation allow', async () => {
    const response = await as(scope, role).call('GET', `/api/v1/cases/${caseId}`);
    if (!sees) return expect(response.status).toBe(404);
    const expected =
      scope === 'own_agency'
        ? FIELDS_OWNED[role]
        : (FIELDS_OWNED[role] ?? []).filter((group) => group !== 'location' || role !== 'shelter_staff');
    expect(response.body.visibleGroups).toEqual(expected);
  });

  it('reveals identity and contact exactly as its role and relation allow', async () => {
    const response = await as(scope, role).call('POST', `/api/v1/cases/${caseId}/people/${personId}/reveal`, {
      reason: 'Verificación de la matriz de acceso',
    });
    const groups = sees ? (FIELDS_OWNED[role] ?? []) : [];
    if (!groups.includes('identity')) return expect(response.status).toBe(404);
    expect(response.status).toBe(200);
    expect(response.body.identity.givenNames).toBe('Persona Sintética');
    expect(response.body.contacts?.[0]?.address).toBe(
      groups.includes('location') ? 'Domicilio sintético 1' : undefined,
    );
  });

  it(`shares the case: ${MAY_SHARE[scope].includes(role) ? 'allowed' : 'denied'}`, async () => {
    const response = await as(scope, role).call('POST', `/api/v1/cases/${caseId}/shares`, {
      // An agency outside the matrix, so that shares made here change no other cell.
      agencyCode: 'INM',
      reason: 'Posible víctima extranjera: regularización migratoria',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(response.status).toBe(MAY_SHARE[scope].includes(role) ? 201 : 404);
  });

  it(`reads the case row with SQL as the application role: ${sees ? 'visible' : 'invisible'}`, async () => {
    const person = people.get(key(scope, role))!;
    const rows = await withActor(
      database.db,
      { userId: person.id, agencyId: person.agencyId, roles: person.roles },
      (trx) => trx.selectFrom('cases').select('id').where('id', '=', caseId).execute(),
    );
    expect(rows.length).toBe(sees ? 1 : 0);
  });
});

describe('without an actor', () => {
  it('the application role sees no case rows at all', async () => {
    expect((await database.app.query('SELECT count(*)::int AS n FROM cases')).rows[0].n).toBe(0);
    expect((await database.app.query('SELECT count(*)::int AS n FROM case_shares')).rows[0].n).toBe(0);
  });

  it('a forged actor from another agency cannot open a case in the owner agency', async () => {
    const intruder = people.get(key('other_state', 'prosecutor'))!;
    await expect(
      withActor(
        database.db,
        { userId: intruder.id, agencyId: intruder.agencyId, roles: intruder.roles },
        (trx) =>
          trx
            .insertInto('cases')
            .values({
              reference: 'FORJADO-1',
              opened_by_agency_id: agencies.own_agency,
              owning_agency_id: agencies.own_agency,
              state_code: 'PUE',
              municipality: null,
              opened_on: '2026-01-01',
            })
            .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
