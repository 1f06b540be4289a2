import { sql } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../../../../test/support/access-bed.ts';
import { caseWithSurvivor } from '../../../../test/support/linkage.ts';
import { withActor } from '../../../platform/db/with-actor.ts';
import { distinctPersonCount } from './distinct-person-count.ts';
import { withLinkageActor } from './linkage-actor.ts';
import { refreshLinkage } from './refresh-linkage.ts';

const bed = openAccessBed();
let superuser: pg.Client;

beforeAll(async () => {
  superuser = bed.database.superuser();
  await superuser.connect();
});
afterAll(() => superuser.end());

const clusterOf = async (personId: string) =>
  (await superuser.query('SELECT cluster_id FROM linkage_records WHERE person_id = $1', [personId])).rows[0]
    ?.cluster_id as string | undefined;

const MARIA = {
  givenNames: 'María Guadalupe',
  firstSurname: 'Cetina',
  secondSurname: 'Ramírez',
  birthDate: '1996-04-21',
};

describe('incremental record linkage in the database', () => {
  const ids: Record<string, string> = {};

  it('links the same survivor recorded by two agencies into one cluster, others apart', async () => {
    const puebla = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const fevimtra = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
    ids.maria = (await caseWithSurvivor(puebla, MARIA)).personId;
    ids.lupe = (
      await caseWithSurvivor(fevimtra, {
        givenNames: 'Lupe',
        firstSurname: 'Zetina',
        secondSurname: 'Ramires',
        birthDate: '1996-04-21',
      })
    ).personId;
    ids.rosa = (
      await caseWithSurvivor(puebla, {
        givenNames: 'Rosa Elena',
        firstSurname: 'Quintal',
        secondSurname: 'Uc',
        birthDate: '1988-11-02',
      })
    ).personId;
    const run = await refreshLinkage(bed.database.db, bed.server.keyRing);
    expect(run).toMatchObject({ linked: 3, pairsKept: 1, modelTrained: true });
    expect(await clusterOf(ids.maria!)).toBe(await clusterOf(ids.lupe!));
    expect(await clusterOf(ids.rosa!)).not.toBe(await clusterOf(ids.maria!));
    const agencies = await superuser.query(
      'SELECT r.agency_id = p.recorded_by_agency_id AS same FROM linkage_records r JOIN people p ON p.id = r.person_id',
    );
    expect(agencies.rows.every((row) => row.same)).toBe(true);
  });

  it('keeps the evidence of a pair without any name or date in it', async () => {
    const pairs = await superuser.query('SELECT match_weight, evidence FROM linkage_pairs');
    const text = JSON.stringify(pairs.rows);
    for (const value of ['Cetina', 'cetina', 'Zetina', 'Lupe', 'guadalupe', '1996'])
      expect(text).not.toContain(value);
    const evidence = pairs.rows[0].evidence;
    const sum = evidence.lines.reduce(
      (total: number, line: { weight: number; termFrequencyWeight: number | null }) =>
        total + line.weight + (line.termFrequencyWeight ?? 0),
      evidence.priorWeight,
    );
    expect(sum).toBeCloseTo(pairs.rows[0].match_weight, 3);
  });

  it('does nothing when no record is new or changed, and links only the new one next', async () => {
    expect((await refreshLinkage(bed.database.db, bed.server.keyRing)).linked).toBe(0);
    const clusterBefore = await clusterOf(ids.maria!);
    const puebla = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    ids.third = (await caseWithSurvivor(puebla, { ...MARIA, givenNames: 'Ma. Guadalupe' })).personId;
    const run = await refreshLinkage(bed.database.db, bed.server.keyRing);
    expect(run).toMatchObject({ linked: 1, modelTrained: false });
    expect(run.compared).toBeGreaterThanOrEqual(2);
    expect(await clusterOf(ids.third!)).toBe(clusterBefore);
    expect(await clusterOf(ids.maria!)).toBe(clusterBefore);
  });

  it('runs a requested retraining with nothing new without failing, keeping the start-up model below 5,000', async () => {
    const run = await refreshLinkage(bed.database.db, bed.server.keyRing, { retrain: true });
    expect(run).toMatchObject({ linked: 0, modelTrained: false });
    const models = await superuser.query('SELECT source FROM linkage_models');
    expect(models.rows).toEqual([{ source: 'synthetic' }]);
  });

  it('audits every run that read identities, as the linkage actor without a user', async () => {
    const runs = await superuser.query(
      "SELECT actor_user_id, details FROM audit_entries WHERE action = 'linkage.refresh' ORDER BY id",
    );
    expect(runs.rows).toHaveLength(3);
    expect(runs.rows.every((row) => row.actor_user_id === null)).toBe(true);
    expect(runs.rows[1].details.identitiesRead).toBeGreaterThanOrEqual(3);
  });

  it('counts distinct people for a statistician, who still reads no linkage row', async () => {
    const statistician = { userId: null, agencyId: bed.agencies.puebla, roles: ['statistician'] as const };
    const all = [ids.maria!, ids.lupe!, ids.rosa!, ids.third!];
    const count = await withActor(bed.database.db, statistician, (trx) => distinctPersonCount(trx, all));
    expect(count).toBe(2);
    const rows = await withActor(bed.database.db, statistician, (trx) =>
      trx.selectFrom('linkage_records').selectAll().execute(),
    );
    expect(rows).toEqual([]);
    expect(await withActor(bed.database.db, statistician, (trx) => distinctPersonCount(trx, []))).toBe(0);
  });

  it('reads survivor records of every case only for the linkage actor', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const read = (actor: Parameters<typeof withActor>[1]) =>
      withActor(bed.database.db, actor, async (trx) => {
        const rows = await sql<{ id: string }>`SELECT id FROM enlace_linkage_survivors(NULL)`.execute(trx);
        const unlinked = await sql<{ id: string }>`SELECT * FROM enlace_linkage_unlinked()`.execute(trx);
        return rows.rows.length + unlinked.rows.length;
      });
    expect(
      await read({ userId: prosecutor.userId, agencyId: bed.agencies.puebla, roles: ['prosecutor'] }),
    ).toBe(0);
    expect(await read({ userId: null, agencyId: null, roles: [] })).toBe(0);
    const asLinkage = await withLinkageActor(bed.database.db, (trx) =>
      sql<{ id: string }>`SELECT id FROM enlace_linkage_survivors(NULL)`.execute(trx),
    );
    expect(asLinkage.rows).toHaveLength(4);
  });

  it('shows a prosecutor the linkage rows of their own agency’s records only', async () => {
    const chiapas = await bed.signedIn(bed.agencies.chiapas, ['prosecutor']);
    const rows = await withActor(
      bed.database.db,
      { userId: chiapas.userId, agencyId: bed.agencies.chiapas, roles: ['prosecutor'] },
      (trx) => trx.selectFrom('linkage_records').selectAll().execute(),
    );
    expect(rows).toEqual([]);
    const blocks = await withActor(
      bed.database.db,
      { userId: chiapas.userId, agencyId: bed.agencies.chiapas, roles: ['supervisor'] },
      (trx) => trx.selectFrom('linkage_block_keys').selectAll().execute(),
    );
    expect(blocks).toEqual([]);
  });
});
