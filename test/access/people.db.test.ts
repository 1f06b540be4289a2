import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { withActor } from '../../src/platform/db/with-actor.ts';
import { agency, signedInClient } from '../support/sessions.ts';
import { type client, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Synthetic markers, never real people: if any reaches a table in clear text, a test fails.
const MARKERS = {
  givenNames: 'Zacarías Marcadorprivado',
  firstSurname: 'Apellidosecreto',
  curp: 'ZAMA900101MPLXXX02',
  phone: '+52 222 555 0199',
  address: 'Calle Marcadordomicilio 77, Tehuacán',
};

let database: TestDatabase;
let server: TestApp;
let puebla: string;
let shelter: string;
let caseId: string;
let personId: string;
let prosecutor: Awaited<ReturnType<typeof signedIn>>;

const signedIn = (agencyId: string, roles: Role[]) =>
  signedInClient(database, server.baseUrl, agencyId, roles);

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestApp(database);
  puebla = await agency(database, 'FGE-PUE', { type: 'state_prosecutor', level: 'state', state: 'PUE' });
  shelter = await agency(database, 'REFUGIO', {
    type: 'shelter',
    level: 'state',
    state: 'CMX',
    sector: 'ngo',
  });
  await agency(database, 'SSP-PUE', { type: 'state_committee', level: 'state', state: 'PUE' });
  prosecutor = await signedIn(puebla, ['prosecutor']);
  caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
  const added = await prosecutor.call('POST', `/api/v1/cases/${caseId}/people`, {
    role: 'survivor',
    sex: 'female',
    birthYear: 1990,
    nationality: 'MX',
    needs: ['shelter', 'legal'],
    identity: {
      givenNames: MARKERS.givenNames,
      firstSurname: MARKERS.firstSurname,
      birthDate: '1990-01-01',
      curp: MARKERS.curp,
    },
    contacts: [{ phone: MARKERS.phone, address: MARKERS.address }],
  });
  expect(added.status).toBe(201);
  personId = added.body.id;
  await prosecutor.call('POST', `/api/v1/cases/${caseId}/shares`, {
    agencyCode: 'REFUGIO',
    reason: 'Canalización a refugio',
  });
});
afterAll(async () => {
  await server.close();
  await database.close();
});

const reveal = (session: ReturnType<typeof client>, id = personId) =>
  session.call('POST', `/api/v1/cases/${caseId}/people/${id}/reveal`, {
    reason: 'Entrevista de seguimiento',
  });

describe('people in a case', () => {
  it('are listed without identities, needs shown to roles that may see them', async () => {
    const list = await prosecutor.call('GET', `/api/v1/cases/${caseId}/people`);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: personId,
        role: 'survivor',
        sex: 'female',
        needs: ['shelter', 'legal'],
        hasIdentity: true,
        hasContact: true,
      }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain('Marcador');
  });

  it('keep one order when recorded at the same instant, so that "Persona N" never changes hands', async () => {
    const csv = [
      'enlace_CaseId,enlace_CaseState,enlace_CaseOpenedOn,enlace_PersonId',
      ...Array.from({ length: 6 }, (_, n) => `orden-01,PUE,2013-02-01,orden-01-p${n}`),
    ].join('\n');
    const imported = await prosecutor.call('POST', '/api/v1/imports', csv, { 'content-type': 'text/csv' });
    expect(imported.status).toBe(200);
    const stored = await database.owner.query(
      `SELECT p.case_id, count(DISTINCT p.created_at)::int AS instants FROM people p
       JOIN cases c ON c.id = p.case_id WHERE c.municipality IS NULL AND c.created_at = p.created_at
       GROUP BY p.case_id HAVING count(*) = 6`,
    );
    expect(stored.rows).toEqual([{ case_id: expect.any(String), instants: 1 }]);
    const importedCase = stored.rows[0].case_id;
    const listedIds = async () =>
      (await prosecutor.call('GET', `/api/v1/cases/${importedCase}/people`)).body.items.map(
        (person: { id: string }) => person.id,
      );
    const first = await listedIds();
    expect(first).toEqual([...first].sort());
    // An update writes a new row version elsewhere in the table, which changes the order rows are read in.
    await database.owner.query('UPDATE people SET sex = sex WHERE id = $1', [first[0]]);
    expect(await listedIds()).toEqual(first);
  });

  it('reveal identity and contact to the prosecutor, audited as an identity read with the reason', async () => {
    const shown = await reveal(prosecutor);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({
      identity: {
        givenNames: MARKERS.givenNames,
        firstSurname: MARKERS.firstSurname,
        birthDate: '1990-01-01',
        curp: MARKERS.curp,
      },
      contacts: [{ phone: MARKERS.phone, address: MARKERS.address }],
    });
    const audit = await database.owner.query(
      `SELECT reason, details FROM audit_entries WHERE action = 'identity.read' AND record_id = $1 AND actor_user_id = $2`,
      [personId, prosecutor.userId],
    );
    expect(audit.rows).toEqual([
      { reason: 'Entrevista de seguimiento', details: { fields: ['identity', 'contacts'] } },
    ]);
  });

  it('show a shelter who arrives but never where they were found, in the API and in the database', async () => {
    const staff = await signedIn(shelter, ['shelter_staff']);
    const shown = await reveal(staff);
    expect(shown.status).toBe(200);
    expect(shown.body.identity.givenNames).toBe(MARKERS.givenNames);
    expect(shown.body.contacts).toBeUndefined();
    const rows = await withActor(
      database.db,
      { userId: staff.userId, agencyId: shelter, roles: ['shelter_staff'] },
      (trx) => trx.selectFrom('person_contacts').select('person_id').execute(),
    );
    expect(rows).toEqual([]);
  });

  it('need a recent sign-in or re-authentication before an identity is revealed', async () => {
    const investigator = await signedIn(puebla, ['investigator']);
    await database.owner.query(
      `UPDATE sessions SET authenticated_at = now() - interval '20 minutes' WHERE user_id = $1`,
      [investigator.userId],
    );
    const stale = await reveal(investigator);
    expect(stale.status).toBe(403);
    expect(stale.body.code).toBe('reauthentication_required');
    await database.owner.query(`UPDATE sessions SET authenticated_at = now() WHERE user_id = $1`, [
      investigator.userId,
    ]);
    expect((await reveal(investigator)).status).toBe(200);
  });

  it('are out of reach of statisticians, auditors and administrators, even in the owning agency', async () => {
    for (const role of ['statistician', 'auditor', 'administrator'] as const) {
      const outsider = await signedIn(puebla, [role]);
      expect((await reveal(outsider)).status).toBe(404);
      expect((await outsider.call('GET', `/api/v1/cases/${caseId}/people`)).status).toBe(404);
    }
  });

  it('are found by exact CURP only by those who may see the case', async () => {
    const found = await prosecutor.call('POST', '/api/v1/people/search', {
      curp: MARKERS.curp.toLowerCase(),
    });
    expect(found.body.items).toEqual([expect.objectContaining({ personId, caseId })]);
    const other = await signedIn(
      await agency(database, 'FGE-CHP', { type: 'state_prosecutor', level: 'state', state: 'CHP' }),
      ['prosecutor'],
    );
    expect((await other.call('POST', '/api/v1/people/search', { curp: MARKERS.curp })).body.items).toEqual(
      [],
    );
    const malformed = await prosecutor.call('POST', '/api/v1/people/search', { curp: 'NO-ES-CURP' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].path).toBe('curp');
  });

  it('wall a case off from the institution of a suspect who is a public official', async () => {
    const colleague = await signedIn(puebla, ['investigator']);
    const opened = await colleague.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
    const added = await colleague.call('POST', `/api/v1/cases/${opened.body.id}/people`, {
      role: 'suspect',
      publicOfficial: true,
      officialAgencyCode: 'FGE-PUE',
    });
    expect(added.status).toBe(201);
    expect((await colleague.call('GET', `/api/v1/cases/${opened.body.id}`)).status).toBe(404);
  });
});

/**
 * Files under `folder` that hold `text`. Test files running beside this one drop their databases
 * meanwhile, so a file may vanish while grep reads the folder; any other error fails the test.
 */
function filesHolding(text: string, folder: string): string[] {
  const grep = spawnSync('grep', ['-r', '-l', '-a', '-F', text, folder], { encoding: 'utf8' });
  const errors = grep.stderr
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith('No such file or directory'));
  expect(errors).toEqual([]);
  return grep.stdout.split('\n').filter((line) => line !== '');
}

describe('encryption at rest', () => {
  it('leaves no marker in any table, as a dump of every table would show', async () => {
    const tables = await database.owner.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    for (const { tablename } of tables.rows) {
      const dump = await database.owner.query(
        `SELECT coalesce(string_agg(t::text, E'\\n'), '') AS text FROM ${tablename} t`,
      );
      for (const marker of Object.values(MARKERS)) expect(dump.rows[0].text, tablename).not.toContain(marker);
    }
  });

  it('leaves no marker in the database files or the write-ahead log', async () => {
    // A control: a value stored in clear text must be found by the same search.
    await agency(database, 'CONTROL-CLARO', { type: 'shelter', level: 'federal', sector: 'ngo' });
    const superuser = database.superuser();
    await superuser.connect();
    await superuser.query('CHECKPOINT');
    await superuser.end();
    const folder = `${inject('testCluster').dataDir}/postgres`;
    expect(filesHolding('CONTROL-CLARO', folder)).not.toEqual([]);
    for (const marker of ['Marcadorprivado', 'Apellidosecreto', MARKERS.curp, 'Marcadordomicilio']) {
      expect(filesHolding(marker, folder), marker).toEqual([]);
    }
  });

  it('refuses a value moved from another row or altered, instead of showing it', async () => {
    const other = await prosecutor.call('POST', `/api/v1/cases/${caseId}/people`, {
      role: 'witness',
      identity: { givenNames: 'Testigo Sintético' },
    });
    await database.owner.query(
      `UPDATE person_identities SET given_names = (SELECT given_names FROM person_identities WHERE person_id = $1) WHERE person_id = $2`,
      [personId, other.body.id],
    );
    const swapped = await reveal(prosecutor, other.body.id);
    expect(swapped.status).toBe(500);
    expect(swapped.body.code).toBe('record_integrity_failed');
    expect(JSON.stringify(swapped.body)).not.toContain('Marcador');
  });
});
