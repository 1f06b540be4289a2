import { describe, expect, it } from 'vitest';
import { type JurisdictionEvent, replayJurisdiction } from './timeline.ts';
import { type CompetentOwner, type Owner, requestTransfer } from './transfers.ts';

const HOUR = 3_600_000;
const PUEBLA: CompetentOwner = { authority: 'STATE_PROSECUTOR', state: 'PUE' };
const UEITMPO: CompetentOwner = { authority: 'UEITMPO', state: null };
const at = (hours: number) => new Date(Date.UTC(2012, 5, 1) + hours * HOUR).toISOString();

const opened: JurisdictionEvent = { type: 'opened', at: at(0), owner: PUEBLA, decision: 'undetermined' };
const request = requestTransfer({
  id: 'T1',
  from: PUEBLA,
  to: UEITMPO,
  reason: 'three or more suspects',
  requestedAt: at(10),
  responseHours: 24,
});
const requested: JurisdictionEvent = { type: 'transfer_requested', at: at(10), request };

describe('replayJurisdiction', () => {
  it('keeps the opening authority as owner while jurisdiction is undetermined, and counts that time', () => {
    const clock = replayJurisdiction([opened], at(5));
    expect(clock).toMatchObject({
      owner: PUEBLA,
      decision: 'undetermined',
      openTransfer: null,
      undeterminedMs: 5 * HOUR,
    });
  });

  it('moves ownership when a transfer is accepted and stops both clocks', () => {
    const events: JurisdictionEvent[] = [
      opened,
      requested,
      { type: 'transfer_accepted', at: at(16), requestId: 'T1' },
    ];
    const clock = replayJurisdiction(events, at(40));
    expect(clock).toMatchObject({
      owner: UEITMPO,
      decision: 'federal',
      openTransfer: null,
      escalationDue: false,
    });
    expect(clock.undeterminedMs).toBe(16 * HOUR);
    expect(clock.disputedMs).toBe(6 * HOUR);
  });

  it('marks an unanswered request overdue after its deadline and due for escalation until escalated', () => {
    const overdue = replayJurisdiction([opened, requested], at(40));
    expect(overdue.openTransfer).toMatchObject({ overdue: true, escalated: false });
    expect(overdue.escalationDue).toBe(true);
    expect(overdue.disputedMs).toBe(30 * HOUR);
    const escalated = replayJurisdiction(
      [opened, requested, { type: 'escalated', at: at(35), requestId: 'T1' }],
      at(40),
    );
    expect(escalated).toMatchObject({
      escalationDue: false,
      openTransfer: { overdue: true, escalated: true },
    });
  });

  it('is not due for escalation before the deadline', () => {
    expect(replayJurisdiction([opened, requested], at(20))).toMatchObject({
      escalationDue: false,
      openTransfer: { overdue: false },
    });
  });

  it('keeps the owner when a transfer is rejected, and stops counting a dispute that ended', () => {
    const rejected: JurisdictionEvent = {
      type: 'transfer_rejected',
      at: at(12),
      requestId: 'T1',
      reason: 'one suspect',
    };
    const decided: JurisdictionEvent = { type: 'decided', at: at(14), decision: 'state' };
    const clock = replayJurisdiction([decided, rejected, requested, opened], at(30));
    expect(clock).toMatchObject({ owner: PUEBLA, decision: 'state', openTransfer: null });
    expect(clock.disputedMs).toBe(2 * HOUR);
    expect(clock.undeterminedMs).toBe(14 * HOUR);
  });

  it('counts only what happened up to the moment asked about', () => {
    const accepted: JurisdictionEvent = { type: 'transfer_accepted', at: at(16), requestId: 'T1' };
    expect(replayJurisdiction([opened, requested, accepted], at(12))).toMatchObject({
      owner: PUEBLA,
      disputedMs: 2 * HOUR,
    });
  });

  it('lets an institution that is not competent hold the case until a competent authority accepts it', () => {
    const migration: Owner = { authority: null, state: null, agency: 'INM' };
    const puebla: Owner = { ...PUEBLA, agency: 'FGE-PUE' };
    const handOver = requestTransfer({
      id: 'T3',
      from: migration,
      to: { authority: 'STATE_PROSECUTOR', state: 'PUE', agency: 'FGE-PUE' },
      reason: 'domestic case',
      requestedAt: at(2),
    });
    const clock = replayJurisdiction(
      [
        { type: 'opened', at: at(0), owner: migration, decision: 'undetermined' },
        { type: 'transfer_requested', at: at(2), request: handOver },
        { type: 'transfer_accepted', at: at(3), requestId: 'T3' },
      ],
      at(4),
    );
    expect(clock).toMatchObject({ owner: puebla, decision: 'state', undeterminedMs: 3 * HOUR });
  });

  it('tells apart two institutions of the same kind', () => {
    const first: Owner = { ...PUEBLA, agency: 'A' };
    const second: Owner = { ...PUEBLA, agency: 'B' };
    const fromSecond = requestTransfer({ ...request, id: 'T4', from: second, requestedAt: at(1) });
    expect(() =>
      replayJurisdiction(
        [
          { type: 'opened', at: at(0), owner: first, decision: 'state' },
          { type: 'transfer_requested', at: at(1), request: fromSecond },
        ],
        at(2),
      ),
    ).toThrow(/owns the case/);
  });

  it('refuses timelines that break the rules', () => {
    const other = { ...request, id: 'T2' };
    expect(() => replayJurisdiction([requested], at(20))).toThrow(/opened/);
    expect(() => replayJurisdiction([opened, opened], at(20))).toThrow(/only once/);
    expect(() =>
      replayJurisdiction(
        [opened, requested, { type: 'transfer_requested', at: at(11), request: other }],
        at(20),
      ),
    ).toThrow(/open transfer/);
    const notOwner = { ...request, from: UEITMPO, to: PUEBLA };
    expect(() =>
      replayJurisdiction([opened, { type: 'transfer_requested', at: at(1), request: notOwner }], at(20)),
    ).toThrow(/owns the case/);
    expect(() =>
      replayJurisdiction([opened, { type: 'transfer_accepted', at: at(1), requestId: 'T9' }], at(20)),
    ).toThrow(/T9/);
    expect(() =>
      replayJurisdiction([opened, requested, { type: 'escalated', at: at(20), requestId: 'T1' }], at(30)),
    ).toThrow(/after its deadline/);
  });
});
