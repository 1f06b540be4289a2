import { describe, expect, it } from 'vitest';
import { encodeKeyRingForEnvironment } from '../../src/platform/crypto/environment-source.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { runCli } from '../support/cli.ts';
import { caseWithSurvivor } from '../support/linkage.ts';

const bed = openAccessBed();
const env = () => ({
  DATABASE_URL: bed.database.ownerUrl,
  DATABASE_APP_URL: bed.database.appUrl,
  ENLACE_KEYRING: encodeKeyRingForEnvironment(bed.server.keyRing),
});

describe('enlace link refresh', () => {
  it('links the new survivor records, says how many, and finds nothing the second time', async () => {
    const puebla = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const fevimtra = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
    const identity = {
      givenNames: 'Xóchitl',
      firstSurname: 'Canul',
      secondSurname: 'Pech',
      birthDate: '2001-02-09',
    };
    const first = await caseWithSurvivor(puebla, identity);
    const second = await caseWithSurvivor(fevimtra, { ...identity, givenNames: 'Xochitl' });

    const run = await runCli(['link', 'refresh'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '2 registros vinculados frente a 0 más; 1 pares guardados, 2 asignaciones de grupo cambiadas.\n',
    );
    const clusters = await bed.database.owner.query(
      'SELECT count(DISTINCT cluster_id)::int AS n FROM linkage_records WHERE person_id = ANY($1::uuid[])',
      [[first.personId, second.personId]],
    );
    expect(clusters.rows[0].n).toBe(1);

    const again = await runCli(['link', 'refresh'], { env: { ...env(), ENLACE_LANG: 'en' } });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      '0 records linked against 0 others; 0 pairs kept, 0 cluster assignments changed.\n',
    );
  });

  it('exits 2 on an unknown option and 1 when the database cannot be reached', async () => {
    expect((await runCli(['link', 'refresh', '--todo'], { env: env() })).code).toBe(2);
    const unreachable = await runCli(['link', 'refresh'], {
      env: { DATABASE_URL: 'postgres://enlace:x@127.0.0.1:1/enlace', ENLACE_KEYRING: env().ENLACE_KEYRING },
    });
    expect(unreachable.code).toBe(1);
  });
});
