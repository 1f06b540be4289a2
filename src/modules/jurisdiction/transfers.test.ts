import { describe, expect, it } from 'vitest';
import {
  type CompetentOwner,
  DEFAULT_RESPONSE_HOURS,
  JurisdictionRuleError,
  type Owner,
  requestTransfer,
} from './transfers.ts';

const PUEBLA: CompetentOwner = { authority: 'STATE_PROSECUTOR', state: 'PUE' };
const FEVIMTRA: CompetentOwner = { authority: 'FEVIMTRA', state: null };
const base = {
  id: 'T1',
  from: PUEBLA,
  to: FEVIMTRA,
  reason: 'victims recruited in Guatemala',
  requestedAt: '2012-03-01T10:00:00Z',
};

describe('requestTransfer', () => {
  it('sets the response deadline from the response time', () => {
    expect(requestTransfer({ ...base, responseHours: 48 }).respondBy).toBe('2012-03-03T10:00:00.000Z');
    const byDefault = Date.parse(requestTransfer(base).respondBy) - Date.parse(base.requestedAt);
    expect(byDefault).toBe(DEFAULT_RESPONSE_HOURS * 3_600_000);
  });

  it('requires a reason, another authority and a positive response time', () => {
    expect(() => requestTransfer({ ...base, reason: '   ' })).toThrow(JurisdictionRuleError);
    expect(() => requestTransfer({ ...base, to: PUEBLA })).toThrow(/another authority/);
    expect(() => requestTransfer({ ...base, responseHours: 0 })).toThrow(/positive/);
    expect(() => requestTransfer({ ...base, requestedAt: 'yesterday' })).toThrow(/date/);
  });

  it('lets an institution that is not an authority hand its case to one', () => {
    const migration: Owner = { authority: null, state: null, agency: 'INM' };
    expect(requestTransfer({ ...base, from: migration }).from).toEqual(migration);
  });

  it('names a state prosecutor with its state and a federal unit without one', () => {
    expect(() => requestTransfer({ ...base, to: { authority: 'STATE_PROSECUTOR', state: null } })).toThrow(
      /state/,
    );
    expect(() => requestTransfer({ ...base, to: { authority: 'UEITMPO', state: 'PUE' } })).toThrow(/state/);
    const toTlaxcala = requestTransfer({ ...base, to: { authority: 'STATE_PROSECUTOR', state: 'TLA' } });
    expect(toTlaxcala.to.state).toBe('TLA');
  });
});
