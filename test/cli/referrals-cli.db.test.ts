import { describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { runCli } from '../support/cli.ts';
import { consentToServices, providerWithService } from '../support/referrals.ts';

const bed = openAccessBed();
const env = () => ({ DATABASE_URL: bed.database.ownerUrl, DATABASE_APP_URL: bed.database.appUrl });

describe('enlace referrals escalate', () => {
  it('escalates overdue referrals, says how many and whom it told, and finds nothing the second time', async () => {
    const caseWorker = await bed.signedIn(bed.agencies.puebla, ['case_worker']);
    const provider = await providerWithService(bed, { service: { states: ['PUE'] } });
    const caseId = (await caseWorker.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
    const personId = (
      await caseWorker.call('POST', `/api/v1/cases/${caseId}/people`, {
        role: 'survivor',
        needs: ['shelter'],
      })
    ).body.id;
    await consentToServices(caseWorker, caseId, personId, provider.code);
    const sent = await caseWorker.call('POST', `/api/v1/cases/${caseId}/referrals`, {
      personId,
      serviceId: provider.serviceId,
    });
    await bed.database.owner.query(
      `UPDATE referrals SET sent_at = now() - interval '4 days', respond_by = now() - interval '1 day' WHERE id = $1`,
      [sent.body.id],
    );

    const first = await runCli(['referrals', 'escalate'], { env: env() });
    expect([first.code, first.stdout]).toEqual([
      0,
      'Recordatorios enviados: 0. Canalizaciones escaladas: 1. Seguimientos de protección escalados: 0. Personas notificadas de escalamientos: 2.\n',
    ]);
    const second = await runCli(['referrals', 'escalate'], { env: { ...env(), ENLACE_LANG: 'en' } });
    expect([second.code, second.stdout]).toEqual([
      0,
      'Referrals reminded: 0. Referrals escalated: 0. Protection follow-ups escalated: 0. People notified of escalations: 0.\n',
    ]);
  });
});
