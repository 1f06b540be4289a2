import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/access/roles.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithPeople } from '../support/case-records.ts';
import { agency } from '../support/sessions.ts';

/**
 * Row-level security on the legal track, protection and consent, proved with SQL sent straight to the
 * database as the application role: what the application might forget, PostgreSQL still refuses.
 */
const bed = openAccessBed();

const LEGAL = [
  'legal_proceedings',
  'charges',
  'verdicts',
  'appeals',
  'extradition_requests',
  'bilateral_investigations',
] as const;
const ALL = [...LEGAL, 'protection_measures', 'testimony_decisions', 'consents'] as const;

type Actor = { userId: string; agencyId: string; roles: Role[] };
let shelterAgency: string;
let people: Awaited<ReturnType<typeof caseWithPeople>>;
let proceedingId: string;
const actors: Record<'prosecutor' | 'investigator' | 'shelter' | 'chiapas', Actor> = {} as never;

/** Runs `work` as the application role in a transaction that is always rolled back. */
async function asActor<T>(actor: Actor | null, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await bed.database.app.connect();
  try {
    await client.query('BEGIN');
    if (actor) {
      await client.query(
        `SELECT set_config('enlace.user_id', $1, true), set_config('enlace.agency_id', $2, true),
                set_config('enlace.roles', $3, true)`,
        [actor.userId, actor.agencyId, actor.roles.join(',')],
      );
    }
    return await work(client);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

const rows = (client: pg.PoolClient, table: string) =>
  client.query(`SELECT * FROM ${table}`).then((result) => result.rows as Record<string, unknown>[]);

beforeAll(async () => {
  shelterAgency = await agency(bed.database, 'REFUGIO', {
    type: 'shelter',
    level: 'state',
    state: 'PUE',
    sector: 'ngo',
  });
  const signIn = async (agencyId: string, roles: Role[]) => ({
    session: await bed.signedIn(agencyId, roles),
    actor: { agencyId, roles },
  });
  const prosecutor = await signIn(bed.agencies.puebla, ['prosecutor']);
  for (const [name, agencyId, roles] of [
    ['investigator', bed.agencies.puebla, ['investigator']],
    ['shelter', shelterAgency, ['shelter_staff']],
    ['chiapas', bed.agencies.chiapas, ['prosecutor']],
  ] as const) {
    const signed = await signIn(agencyId, [...roles]);
    actors[name] = { userId: signed.session.userId, agencyId, roles: [...roles] };
  }
  actors.prosecutor = { userId: prosecutor.session.userId, ...prosecutor.actor };
  const api = prosecutor.session;
  people = await caseWithPeople(api);
  const path = (suffix: string) => `/api/v1/cases/${people.caseId}/${suffix}`;
  await api.call('POST', path('shares'), { agencyCode: 'REFUGIO', reason: 'Canalización a refugio' });
  proceedingId = (await api.call('POST', path('legal-proceedings'), { investigationOpenedOn: '2012-03-01' }))
    .body.id;
  const charge = await api.call('POST', path('charges'), {
    proceedingId,
    personId: people.suspectId,
    lawArticle: '13',
    form: 'sexual_exploitation',
    chargedOn: '2012-04-01',
  });
  const verdict = await api.call('POST', path('verdicts'), {
    chargeId: charge.body.id,
    outcome: 'conviction',
    decidedOn: '2012-10-01',
  });
  await api.call('POST', path('appeals'), {
    verdictId: verdict.body.id,
    appellant: 'defence',
    filedOn: '2012-10-15',
  });
  await api.call('POST', path('extraditions'), {
    personId: people.suspectId,
    direction: 'incoming',
    countryCode: 'US',
    requestedOn: '2012-06-01',
  });
  await api.call('POST', path('bilateral-investigations'), {
    countryCode: 'US',
    partnerAgency: 'Homeland Security Investigations',
    startedOn: '2012-05-01',
  });
  const measure = { personId: people.survivorId, status: 'requested', requestedOn: '2012-05-01' };
  await api.call('POST', path('protection-measures'), { ...measure, kind: 'repatriation' });
  await api.call('POST', path('protection-measures'), { ...measure, kind: 'non_punishment' });
  await api.call('POST', path('protection-measures'), {
    ...measure,
    personId: people.witnessId,
    kind: 'witness_protection',
    witnessMeasure: 'protected_testimony',
  });
  await api.call('POST', path('testimony-decisions'), {
    personId: people.survivorId,
    decision: 'undecided',
    voluntary: true,
    decidedOn: '2012-05-02',
  });
  await api.call('POST', path('consents'), {
    personId: people.survivorId,
    scopes: ['services'],
    recipientAgencyTypes: ['shelter'],
    givenOn: '2012-05-02',
  });
  const stored = await bed.database.owner.query(
    `SELECT (SELECT count(*) FROM legal_proceedings) + (SELECT count(*) FROM charges) + (SELECT count(*) FROM verdicts)
      + (SELECT count(*) FROM appeals) + (SELECT count(*) FROM extradition_requests)
      + (SELECT count(*) FROM bilateral_investigations) + (SELECT count(*) FROM protection_measures)
      + (SELECT count(*) FROM testimony_decisions) + (SELECT count(*) FROM consents) AS n`,
  );
  expect(Number(stored.rows[0].n)).toBe(11);
});

describe('row-level security on case records', () => {
  it('shows nothing to a connection with no actor', async () => {
    await asActor(null, async (client) => {
      for (const table of ALL) expect(await rows(client, table), table).toEqual([]);
    });
  });

  it('shows everything of its own case to the prosecutor who owns it', async () => {
    await asActor(actors.prosecutor, async (client) => {
      for (const table of ALL) expect((await rows(client, table)).length, table).toBeGreaterThan(0);
      expect(await rows(client, 'protection_measures')).toHaveLength(3);
    });
  });

  it('shows a shelter the consent and the needs-side protection, never the legal track or testimony', async () => {
    await asActor(actors.shelter, async (client) => {
      for (const table of [...LEGAL, 'testimony_decisions'])
        expect(await rows(client, table), table).toEqual([]);
      expect((await rows(client, 'protection_measures')).map((row) => row.kind)).toEqual(['repatriation']);
      expect(await rows(client, 'consents')).toHaveLength(1);
      const changed = await client.query(`UPDATE protection_measures SET requested_on = '2012-05-03'`);
      expect(changed.rowCount).toBe(0);
    });
  });

  it('shows another state’s prosecutor nothing of a case not shared with them', async () => {
    await asActor(actors.chiapas, async (client) => {
      for (const table of ALL) expect(await rows(client, table), table).toEqual([]);
    });
  });

  it('refuses an investigator’s charge, even sent straight to the database', async () => {
    await asActor(actors.investigator, async (client) => {
      expect((await rows(client, 'charges')).length).toBe(1);
      await expect(
        client.query(
          `INSERT INTO charges (case_id, proceeding_id, person_id, law_article, form, charged_on)
           VALUES ($1, $2, $3, '10', 'forced_labour', '2012-04-01')`,
          [people.caseId, proceedingId, people.suspectId],
        ),
      ).rejects.toThrow(/row-level security/);
    });
  });

  it('refuses, in the database too, testimony about anyone but a survivor and a decision not voluntary', async () => {
    await asActor(actors.prosecutor, async (client) => {
      await expect(
        client.query(
          `INSERT INTO testimony_decisions (case_id, person_id, decision, voluntary, decided_on)
           VALUES ($1, $2, 'undecided', true, '2012-05-02')`,
          [people.caseId, people.suspectId],
        ),
      ).rejects.toThrow(/survivor/);
    });
    await asActor(actors.prosecutor, async (client) => {
      await expect(
        client.query(
          `INSERT INTO testimony_decisions (case_id, person_id, decision, voluntary, decided_on)
           VALUES ($1, $2, 'undecided', false, '2012-05-02')`,
          [people.caseId, people.survivorId],
        ),
      ).rejects.toThrow(/check constraint/);
    });
  });
});
