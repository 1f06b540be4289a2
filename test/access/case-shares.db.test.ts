import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';

const bed = openAccessBed();
let puebla: string;
let fevimtra: string;
beforeAll(() => {
  ({ puebla, fevimtra } = bed.agencies);
});

async function openedCase() {
  const prosecutor = await bed.signedIn(puebla, ['prosecutor']);
  const opened = await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
  expect(opened.status).toBe(201);
  return { id: opened.body.id as string, prosecutor };
}

describe('the shares of a case', () => {
  it('are listed with who shared, when, until when and why, whether active, expired or revoked', async () => {
    const { id, prosecutor } = await openedCase();
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const federal = await prosecutor.call('POST', `/api/v1/cases/${id}/shares`, {
      agencyCode: 'FEVIMTRA',
      reason: 'Posible competencia federal',
      expiresAt: until,
    });
    const chiapas = await prosecutor.call('POST', `/api/v1/cases/${id}/shares`, {
      agencyCode: 'FGE-CHP',
      reason: 'La víctima es originaria de Chiapas',
    });
    const investigator = await bed.signedIn(fevimtra, ['investigator']);
    expect((await investigator.call('GET', `/api/v1/cases/${id}`)).status).toBe(200);
    // As if the day chosen had passed: the expiry alone ends the access.
    await bed.database.owner.query(
      `UPDATE case_shares SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [federal.body.id],
    );
    expect((await investigator.call('GET', `/api/v1/cases/${id}`)).status).toBe(404);
    expect(
      (await prosecutor.call('POST', `/api/v1/cases/${id}/shares/${chiapas.body.id}/revocation`)).status,
    ).toBe(204);

    const list = await prosecutor.call('GET', `/api/v1/cases/${id}/shares`);
    expect(list.status).toBe(200);
    const sharer = { id: prosecutor.userId, displayName: expect.stringMatching(/^usuario-prueba-/) };
    expect(list.body.items).toEqual([
      {
        id: chiapas.body.id,
        agency: { code: 'FGE-CHP', name: 'FGE-CHP' },
        reason: 'La víctima es originaria de Chiapas',
        sharedBy: sharer,
        sharedAt: expect.any(String),
        expiresAt: null,
        revokedAt: expect.any(String),
      },
      {
        id: federal.body.id,
        agency: { code: 'FEVIMTRA', name: 'FEVIMTRA' },
        reason: 'Posible competencia federal',
        sharedBy: sharer,
        sharedAt: expect.any(String),
        expiresAt: expect.any(String),
        revokedAt: null,
      },
    ]);
    expect(Date.parse(list.body.items[1].expiresAt)).toBeLessThan(Date.now());
    const audited = await bed.database.owner.query(
      `SELECT action, details FROM audit_entries WHERE record_id = $1 AND action LIKE 'case.share%' ORDER BY id`,
      [id],
    );
    expect(audited.rows.map((row) => row.action)).toEqual(['case.share', 'case.share', 'case.share_revoke']);
    expect(audited.rows[2].details).toEqual({ shareId: chiapas.body.id });
  });

  it('are neither listed nor revoked by the agency the case is shared with, nor by roles that may not share', async () => {
    const { id, prosecutor } = await openedCase();
    const share = await prosecutor.call('POST', `/api/v1/cases/${id}/shares`, {
      agencyCode: 'FEVIMTRA',
      reason: 'Posible competencia federal',
    });
    const federalProsecutor = await bed.signedIn(fevimtra, ['prosecutor']);
    const caseWorker = await bed.signedIn(puebla, ['case_worker']);
    for (const outsider of [federalProsecutor, caseWorker]) {
      expect((await outsider.call('GET', `/api/v1/cases/${id}/shares`)).status).toBe(404);
      const revocation = `/api/v1/cases/${id}/shares/${share.body.id}/revocation`;
      expect((await outsider.call('POST', revocation)).status).toBe(404);
    }
    expect((await federalProsecutor.call('GET', `/api/v1/cases/${id}`)).status).toBe(200);
  });
});
