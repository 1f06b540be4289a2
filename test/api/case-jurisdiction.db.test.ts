import { describe, expect, it } from 'vitest';
import { escalateOverdueTransfers } from '../../src/modules/jurisdiction/escalate-overdue-transfers.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithTransfer, makeOverdue } from '../support/transfers.ts';

const bed = openAccessBed();
const HOUR = 3_600_000;

const FEDERAL_FACTS = {
  state: 'PUE',
  transnational: false,
  organizedCrime: false,
  federalTerritory: false,
  officialInvolved: true,
  suspectCount: 1,
  forms: ['forced_labour'],
};

describe('reading a case’s jurisdiction', () => {
  it('starts with no decision, the opening agency as owner and the clock running undetermined', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
    const read = await prosecutor.call('GET', `/api/v1/cases/${caseId}/jurisdiction`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      caseId,
      owner: { code: 'FGE-PUE' },
      current: null,
      history: [],
      openTransfer: null,
    });
    expect(read.body.clocks.undetermined.duration).toMatch(/^PT/);
    expect(read.body.clocks.disputed).toEqual({ ms: 0, duration: 'PT0S' });
  });

  it('shows the latest decision with its reasons and who made it, the history, and what is missing', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
    await prosecutor.call('POST', `/api/v1/cases/${caseId}/jurisdiction`, { state: 'PUE' });
    await prosecutor.call('POST', `/api/v1/cases/${caseId}/jurisdiction`, FEDERAL_FACTS);
    const read = await prosecutor.call('GET', `/api/v1/cases/${caseId}/jurisdiction`);
    expect(read.body.current).toMatchObject({
      decision: 'federal',
      authority: 'FEVIMTRA',
      rulesVersion: 'jurisdiction-rules/1',
      facts: FEDERAL_FACTS,
      decidedBy: { id: prosecutor.userId },
    });
    expect(read.body.current.reasons[0]).toEqual(
      expect.objectContaining({
        rule: 'federal_official_involved',
        es: expect.any(String),
        en: expect.any(String),
      }),
    );
    expect(read.body.history.map((decision: { decision: string }) => decision.decision)).toEqual([
      'federal',
      'undetermined',
    ]);
    expect(read.body.history[1].missing).toEqual(expect.arrayContaining(['transnational', 'suspectCount']));
  });

  it('measures the time undetermined and in dispute from what is stored', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const { caseId, transferId } = await caseWithTransfer(prosecutor);
    await prosecutor.call('POST', `/api/v1/cases/${caseId}/jurisdiction`, FEDERAL_FACTS);
    const now = Date.now();
    const hoursAgo = (hours: number) => new Date(now - hours * HOUR);
    const owner = bed.database.owner;
    await owner.query('UPDATE cases SET created_at = $2 WHERE id = $1', [caseId, hoursAgo(10)]);
    await owner.query('UPDATE jurisdiction_decisions SET decided_at = $2 WHERE case_id = $1', [
      caseId,
      hoursAgo(6),
    ]);
    await owner.query('UPDATE case_transfers SET requested_at = $2, respond_by = $3 WHERE id = $1', [
      transferId,
      hoursAgo(5),
      hoursAgo(1),
    ]);
    const read = await prosecutor.call('GET', `/api/v1/cases/${caseId}/jurisdiction`);
    expect(read.body.clocks.undetermined).toEqual({ ms: 4 * HOUR, duration: 'PT4H' });
    expect(Math.abs(read.body.clocks.disputed.ms - 5 * HOUR)).toBeLessThan(60_000);
    expect(read.body.openTransfer).toMatchObject({
      id: transferId,
      from: { code: 'FGE-PUE' },
      to: { code: 'FEVIMTRA' },
      overdue: true,
      escalated: false,
    });
    await escalateOverdueTransfers(bed.database.db);
    const escalated = await prosecutor.call('GET', `/api/v1/cases/${caseId}/jurisdiction`);
    expect(escalated.body.openTransfer).toMatchObject({ overdue: true, escalated: true });
  });

  it('shows the new owner to both sides once the receiving authority accepts', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const { caseId, transferId } = await caseWithTransfer(prosecutor);
    const federal = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
    expect((await federal.call('GET', `/api/v1/cases/${caseId}/jurisdiction`)).status).toBe(404);
    await federal.call('POST', `/api/v1/transfers/${transferId}/response`, { accept: true });
    for (const reader of [federal, prosecutor]) {
      const read = await reader.call('GET', `/api/v1/cases/${caseId}/jurisdiction`);
      expect(read.body).toMatchObject({ owner: { code: 'FEVIMTRA' }, openTransfer: null });
    }
  });

  it('refuses a reason holding the null character as an invalid field, and leaves the transfer open', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const { caseId, transferId } = await caseWithTransfer(prosecutor);
    const federal = await bed.signedIn(bed.agencies.fevimtra, ['prosecutor']);
    const refused = await federal.call('POST', `/api/v1/transfers/${transferId}/response`, {
      accept: false,
      reason: 'No corresponde a esta fiscalía\u0000',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('validation_failed');
    expect(refused.body.errors).toEqual([
      {
        path: 'reason',
        code: 'custom',
        message: 'reason: no puede contener el carácter nulo (U+0000)',
      },
    ]);
    const read = await prosecutor.call('GET', `/api/v1/cases/${caseId}/jurisdiction`);
    expect(read.body.openTransfer).toMatchObject({ id: transferId });
  });

  it('answers 404 to outsiders and statisticians, as for the case itself, and 400 to a malformed id', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
    const outsider = await bed.signedIn(bed.agencies.chiapas, ['prosecutor']);
    const statistician = await bed.signedIn(bed.agencies.puebla, ['statistician']);
    for (const reader of [outsider, statistician]) {
      const denied = await reader.call('GET', `/api/v1/cases/${caseId}/jurisdiction`);
      expect(denied.status).toBe(404);
      expect(denied.body.code).toBe('not_found');
    }
    const unknown = await prosecutor.call('GET', `/api/v1/cases/${crypto.randomUUID()}/jurisdiction`);
    expect(unknown.status).toBe(404);
    const malformed = await prosecutor.call('GET', '/api/v1/cases/no-es-un-id/jurisdiction');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');
    expect(malformed.body.errors[0].path).toBe('params.caseId');
  });
});

describe('requesting a transfer', () => {
  it('hands a case to competent authorities only', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const caseId = (await prosecutor.call('POST', '/api/v1/cases', { stateCode: 'PUE' })).body.id;
    const refused = await prosecutor.call('POST', `/api/v1/cases/${caseId}/transfers`, {
      toAgencyCode: 'ENLACE',
      reason: 'La operación de la plataforma no es una autoridad',
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'transfer_target_not_authority' });
    const invalid = await prosecutor.call('POST', `/api/v1/cases/${caseId}/transfers`, {
      toAgencyCode: 'FEVIMTRA',
      reason: 'corto',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { path: string }) => error.path)).toEqual(['reason']);
  });
});

describe('time undetermined and in dispute, for statistics', () => {
  const period = () => {
    const to = new Date(Date.now() + HOUR).toISOString();
    const from = new Date(Date.now() - 30 * 24 * HOUR).toISOString();
    return `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  };

  it('gives supervisors their cases one by one, and statisticians national aggregates without case ids', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    const { caseId, transferId } = await caseWithTransfer(prosecutor);
    await makeOverdue(bed.database, caseId, transferId);

    const supervisor = await bed.signedIn(bed.agencies.puebla, ['supervisor']);
    const own = await supervisor.call('GET', `/api/v1/statistics/jurisdiction-clocks?${period()}`);
    expect(own.status).toBe(200);
    expect(own.body.scope).toBe('cases');
    const item = own.body.items.find((entry: { caseId: string }) => entry.caseId === caseId);
    expect(Math.abs(item.undeterminedMs - 5 * 24 * HOUR)).toBeLessThan(60_000);
    expect(Math.abs(item.disputedMs - 4 * 24 * HOUR)).toBeLessThan(60_000);
    const outsider = await bed.signedIn(bed.agencies.chiapas, ['supervisor']);
    const theirs = await outsider.call('GET', `/api/v1/statistics/jurisdiction-clocks?${period()}`);
    expect(theirs.body.items.map((entry: { caseId: string }) => entry.caseId)).not.toContain(caseId);

    const statistician = await bed.signedIn(bed.agencies.platform, ['statistician']);
    const national = await statistician.call('GET', `/api/v1/statistics/jurisdiction-clocks?${period()}`);
    expect(national.status).toBe(200);
    expect(national.body).toMatchObject({ scope: 'national', items: null });
    expect(national.body.caseCount).toBeGreaterThanOrEqual(own.body.caseCount);
    expect(national.body.disputed.cases).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(national.body)).not.toContain(caseId);
  });

  it('is not found for other roles and refuses a period that ends before it starts', async () => {
    const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
    expect((await prosecutor.call('GET', `/api/v1/statistics/jurisdiction-clocks?${period()}`)).status).toBe(
      404,
    );
    const statistician = await bed.signedIn(bed.agencies.platform, ['statistician']);
    const backwards = await statistician.call(
      'GET',
      '/api/v1/statistics/jurisdiction-clocks?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([
      expect.objectContaining({ path: 'querystring.to', message: expect.stringContaining('posterior') }),
    ]);
    const missing = await statistician.call('GET', '/api/v1/statistics/jurisdiction-clocks');
    expect(missing.status).toBe(400);
  });
});
