import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// A synthetic institution name: it must never reach a table in clear text.
const INSTITUTION = 'Policía Marcadorinstitución de Tehuacán';

let database: TestDatabase;
let server: TestApp;
let puebla: string;
let veracruz: string;
let shelter: string;
let caseId: string;
let suspectId: string;
let survivorId: string;
let otherSuspectId: string;
let prosecutor: Awaited<ReturnType<typeof signedIn>>;

const signedIn = (agencyId: string, roles: Role[]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);
type Session = typeof prosecutor;

const base = (inCase = caseId) => `/api/v1/cases/${inCase}/suspect-roles`;
const create = (session: Session, body: unknown, inCase = caseId) => session.call('POST', base(inCase), body);
const patch = (session: Session, id: string, body: unknown, version?: string, inCase = caseId) =>
  session.call('PATCH', `${base(inCase)}/${id}`, body, version === undefined ? {} : { 'if-match': version });
const remove = (session: Session, id: string, version?: string) =>
  session.call(
    'DELETE',
    `${base()}/${id}`,
    { reason: 'Registrado por error en otra persona' },
    version === undefined ? {} : { 'if-match': version },
  );
const count = async (table: string) =>
  (await database.owner.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

async function openCase(session: Session) {
  const id: string = (await session.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
  const person = async (role: string) =>
    (await session.call('POST', `/api/v1/cases/${id}/people`, { role })).body.id as string;
  return { id, suspect: await person('suspect'), survivor: await person('survivor') };
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
  veracruz = await agency(database, 'FGE-VER', { type: 'state_prosecutor', level: 'state', state: 'VER' });
  shelter = await agency(database, 'REFUGIO', {
    type: 'shelter',
    level: 'state',
    state: 'CMX',
    sector: 'ngo',
  });
  prosecutor = await signedIn(puebla, ['prosecutor']);
  ({ id: caseId, suspect: suspectId, survivor: survivorId } = await openCase(prosecutor));
  otherSuspectId = (await openCase(prosecutor)).suspect;
  for (const agencyCode of ['REFUGIO', 'FGE-VER']) {
    await prosecutor.call('POST', `/api/v1/cases/${caseId}/shares`, {
      agencyCode,
      reason: 'Coordinación del caso',
    });
  }
});
afterAll(async () => {
  await server.close();
  await database.close();
});

describe('recording a suspect’s role', () => {
  let id: string;

  it('creates it with roles in canonical order, the institution sealed and history written', async () => {
    const created = await create(prosecutor, {
      personId: suspectId,
      processRoles: ['exploiter', 'recruiter'],
      publicOfficial: true,
      officialInstitution: INSTITUTION,
      organisedCrime: true,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    id = created.body.id;
    expect(created.body).toMatchObject({
      personId: suspectId,
      version: 1,
      processRoles: ['recruiter', 'exploiter'],
      publicOfficial: true,
      officialAgency: null,
      officialInstitution: INSTITUTION,
      organisedCrime: true,
    });
    const history = await prosecutor.call('GET', `/api/v1/cases/${caseId}/history`);
    expect(history.body.items[0]).toMatchObject({
      recordType: 'suspect_role',
      recordId: id,
      kind: 'created',
      fieldGroup: 'investigation',
    });
    expect(history.body.items[0].changes).toContainEqual({ field: 'officialInstitution', protected: true });
    expect(JSON.stringify(history.body)).not.toContain('Marcador');
  });

  it('reads it alone and listed, by case and by suspect', async () => {
    const read = await prosecutor.call('GET', `${base()}/${id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect((await prosecutor.call('GET', base())).body.items).toHaveLength(1);
    expect((await prosecutor.call('GET', `${base()}?personId=${suspectId}`)).body.items).toHaveLength(1);
    expect((await prosecutor.call('GET', `${base()}?personId=${survivorId}`)).body.items).toEqual([]);
  });

  it('keeps one record per suspect', async () => {
    const again = await create(prosecutor, { personId: suspectId, publicOfficial: false });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('suspect_role_exists');
  });

  it('changes under If-Match only: 428 without, 412 from an old version', async () => {
    expect((await patch(prosecutor, id, { organisedCrime: null })).status).toBe(428);
    const changed = await patch(prosecutor, id, { organisedCrime: null, officialInstitution: 'Otra' }, '"1"');
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, organisedCrime: null, officialInstitution: 'Otra' });
    const stale = await patch(prosecutor, id, { processRoles: [] }, '"1"');
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe('"2"');
    const history = await prosecutor.call('GET', `/api/v1/cases/${caseId}/history`);
    expect(history.body.items[0].changes).toEqual([
      { field: 'officialInstitution', protected: true },
      { field: 'organisedCrime', from: true, to: null },
    ]);
  });

  it('walls the case off from an institution named as the suspect official’s, at once', async () => {
    const federal = await signedIn(veracruz, ['prosecutor']);
    expect((await federal.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(200);
    const named = await patch(prosecutor, id, { officialAgencyCode: 'fge-ver' }, '"2"');
    expect(named.status).toBe(200);
    expect(named.body.officialAgency).toEqual({ code: 'FGE-VER', name: 'FGE-VER' });
    expect((await federal.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(404);
    expect((await federal.call('GET', base())).status).toBe(404);
    const walls = await database.owner.query(
      `SELECT cause FROM case_walls WHERE case_id = $1 AND agency_id = $2`,
      [caseId, veracruz],
    );
    expect(walls.rows).toEqual([{ cause: 'official_suspect' }]);
    const audit = await database.owner.query(
      `SELECT details FROM audit_entries WHERE action = 'suspect_role.update' AND record_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [id],
    );
    expect(audit.rows[0].details).toMatchObject({ walled: true, fields: ['officialAgencyCode'] });
  });

  it('keeps the wall when the institution is cleared or the record removed', async () => {
    const cleared = await patch(prosecutor, id, { officialAgencyCode: null }, '"3"');
    expect(cleared.body.officialAgency).toBeNull();
    expect((await remove(prosecutor, id)).status).toBe(428);
    expect((await remove(prosecutor, id, '"3"')).status).toBe(412);
    expect((await remove(prosecutor, id, '"4"')).status).toBe(204);
    expect((await prosecutor.call('GET', `${base()}/${id}`)).status).toBe(404);
    const federal = await signedIn(veracruz, ['prosecutor']);
    expect((await federal.call('GET', `/api/v1/cases/${caseId}`)).status).toBe(404);
    const history = await prosecutor.call('GET', `/api/v1/cases/${caseId}/history`);
    expect(history.body.items[0]).toMatchObject({
      recordId: id,
      kind: 'removed',
      version: 5,
      reason: 'Registrado por error en otra persona',
    });
    expect(history.body.items[0].changes).toContainEqual({
      field: 'processRoles',
      from: ['recruiter', 'exploiter'],
      to: null,
    });
  });

  it('takes the case away from the caller’s own institution when it is the one named', async () => {
    const colleague = await signedIn(puebla, ['investigator']);
    const own = await openCase(colleague);
    const created = await create(
      colleague,
      { personId: own.suspect, publicOfficial: true, officialAgencyCode: 'FGE-PUE' },
      own.id,
    );
    expect(created.status).toBe(201);
    expect(created.body.officialAgency.code).toBe('FGE-PUE');
    expect((await colleague.call('GET', `/api/v1/cases/${own.id}`)).status).toBe(404);
    expect((await colleague.call('GET', base(own.id))).status).toBe(404);
  });
});

describe('bad input', () => {
  const cases: { name: string; body: () => Record<string, unknown>; path: string; message: RegExp }[] = [
    {
      name: 'a survivor',
      body: () => ({ personId: survivorId, publicOfficial: false }),
      path: 'personId',
      message: /persona probable responsable/,
    },
    {
      name: 'a suspect of another case',
      body: () => ({ personId: otherSuspectId, publicOfficial: false }),
      path: 'personId',
      message: /no está registrada en este caso/,
    },
    {
      name: 'an unknown role in the process',
      body: () => ({ personId: suspectId, publicOfficial: false, processRoles: ['jefe'] }),
      path: 'processRoles.0',
      message: /valor no permitido/,
    },
    {
      name: 'an institution without the public-official mark',
      body: () => ({ personId: suspectId, publicOfficial: false, officialInstitution: 'Policía municipal' }),
      path: 'publicOfficial',
      message: /servidor público/,
    },
    {
      name: 'an institution code nobody has',
      body: () => ({ personId: suspectId, publicOfficial: true, officialAgencyCode: 'NO-EXISTE' }),
      path: 'officialAgencyCode',
      message: /institución activa/,
    },
    {
      name: 'a missing public-official answer',
      body: () => ({ personId: suspectId }),
      path: 'publicOfficial',
      message: /obligatorio/,
    },
  ];

  it.each(cases)(
    'refuses $name with 400 naming the field, writing nothing',
    async ({ body, path, message }) => {
      const before = [await count('suspect_roles'), await count('record_changes'), await count('case_walls')];
      const refused = await create(prosecutor, body());
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toContainEqual(
        expect.objectContaining({ path, message: expect.stringMatching(message) }),
      );
      expect([
        await count('suspect_roles'),
        await count('record_changes'),
        await count('case_walls'),
      ]).toEqual(before);
    },
  );

  it('refuses a change that leaves an institution without the public-official mark', async () => {
    const { id } = (
      await create(prosecutor, { personId: suspectId, publicOfficial: true, officialInstitution: 'Aduana' })
    ).body;
    const refused = await patch(prosecutor, id, { publicOfficial: false }, '"1"');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].path).toBe('publicOfficial');
    expect((await prosecutor.call('GET', `${base()}/${id}`)).body.version).toBe(1);
  });

  it('is refused by the database too when the person is not a suspect of the case', async () => {
    await expect(
      database.owner.query(
        `INSERT INTO suspect_roles (id, case_id, person_id, public_official, created_by, updated_by)
         VALUES (gen_random_uuid(), $1, $2, false, $3, $3)`,
        [caseId, survivorId, prosecutor.userId],
      ),
    ).rejects.toThrow(/suspect of its case/);
  });
});

describe('who sees suspect roles', () => {
  let id: string;
  let openId: string;
  beforeAll(async () => {
    const opened = await openCase(prosecutor);
    openId = opened.id;
    await prosecutor.call('POST', `/api/v1/cases/${openId}/shares`, {
      agencyCode: 'REFUGIO',
      reason: 'Canalización a refugio',
    });
    id = (
      await create(
        prosecutor,
        { personId: opened.suspect, publicOfficial: false, processRoles: ['transporter'] },
        openId,
      )
    ).body.id;
  });

  it('are the investigation’s: 404 for a shelter the case is shared with and for an intake officer', async () => {
    for (const session of [
      await signedIn(shelter, ['shelter_staff']),
      await signedIn(puebla, ['intake_officer']),
    ]) {
      expect((await session.call('GET', `/api/v1/cases/${openId}`)).status).toBe(200);
      expect((await session.call('GET', base(openId))).status).toBe(404);
      expect((await session.call('GET', `${base(openId)}/${id}`)).status).toBe(404);
      expect((await patch(session, id, { processRoles: [] }, '"1"', openId)).status).toBe(404);
    }
  });

  it('answer 404 to another state’s prosecutor and to oversight roles, on every endpoint', async () => {
    const sessions = [
      await signedIn(veracruz, ['prosecutor']),
      ...(await Promise.all(
        (['statistician', 'auditor', 'administrator'] as const).map((role) => signedIn(puebla, [role])),
      )),
    ];
    for (const session of sessions) {
      expect((await session.call('GET', base(openId))).status).toBe(404);
      expect((await session.call('GET', `${base(openId)}/${id}`)).status).toBe(404);
      expect((await create(session, { personId: suspectId, publicOfficial: false }, openId)).status).toBe(
        404,
      );
      expect((await patch(session, id, { processRoles: [] }, '"1"', openId)).status).toBe(404);
      expect(
        (
          await session.call(
            'DELETE',
            `${base(openId)}/${id}`,
            { reason: 'No debería poder' },
            { 'if-match': '"1"' },
          )
        ).status,
      ).toBe(404);
    }
  });

  it('are hidden by the database from readers outside the investigation and from actorless queries', async () => {
    expect((await database.app.query('SELECT id FROM suspect_roles')).rows).toEqual([]);
    const staff = await signedIn(shelter, ['shelter_staff']);
    const seen = await withActor(
      database.db,
      { userId: staff.userId, agencyId: shelter, roles: ['shelter_staff'] },
      (trx) => trx.selectFrom('suspect_roles').select('id').execute(),
    );
    expect(seen).toEqual([]);
    const inCase = await withActor(
      database.db,
      { userId: staff.userId, agencyId: shelter, roles: ['shelter_staff'] },
      (trx) => trx.selectFrom('cases').select('id').where('id', '=', openId).execute(),
    );
    expect(inCase).toHaveLength(1);
  });

  it('leave no institution name in clear text in any table', async () => {
    const tables = await database.owner.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    for (const { tablename } of tables.rows) {
      const dump = await database.owner.query(
        `SELECT coalesce(string_agg(t::text, E'\\n'), '') AS text FROM ${tablename} t`,
      );
      expect(dump.rows[0].text, tablename).not.toContain('Marcadorinstitución');
    }
  });
});
