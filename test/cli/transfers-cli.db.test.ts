import { describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { runCli } from '../support/cli.ts';
import { caseWithTransfer, makeOverdue } from '../support/transfers.ts';

const bed = openAccessBed();
const env = () => ({ DATABASE_URL: bed.database.ownerUrl, DATABASE_APP_URL: bed.database.appUrl });

describe('enlace transfers escalate', () => {
  it('escalates overdue requests, says how many and whom it told, and finds nothing the second time', async () => {
    const requester = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    await bed.signedIn(bed.agencies.fevimtra, ['supervisor']);
    const { caseId, transferId } = await caseWithTransfer(requester);
    await makeOverdue(bed.database, caseId, transferId);

    const first = await runCli(['transfers', 'escalate'], { env: env() });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      'Solicitudes de transferencia escaladas: 1. Notificaciones a supervisión: 1.\n',
    );
    const escalated = await bed.database.owner.query(
      'SELECT escalated_at FROM case_transfers WHERE id = $1',
      [transferId],
    );
    expect(escalated.rows[0].escalated_at).toBeInstanceOf(Date);

    const second = await runCli(['transfers', 'escalate'], { env: { ...env(), ENLACE_LANG: 'en' } });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('Transfer requests escalated: 0. Supervisors notified: 0.\n');
  });

  it('exits 2 on an unknown subcommand and 1 when the database cannot be reached', async () => {
    expect((await runCli(['transfers', 'vaciar'], { env: env() })).code).toBe(2);
    const unreachable = await runCli(['transfers', 'escalate'], {
      env: { DATABASE_URL: 'postgres://enlace:x@127.0.0.1:1/enlace' },
    });
    expect(unreachable.code).toBe(1);
  });
});
