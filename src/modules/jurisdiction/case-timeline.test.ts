import { describe, expect, it } from 'vitest';
import { type StoredTimeline, type StoredTransfer, timelineEvents } from './case-timeline.ts';
import type { AgencyFacts } from './owners.ts';
import { replayJurisdiction } from './timeline.ts';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.UTC(2026, 0, 5) + hours * HOUR).toISOString();

const agencies = new Map<string, AgencyFacts>(
  [
    { id: 'inm', agencyType: 'migration_institute', stateCode: null },
    { id: 'pue', agencyType: 'state_prosecutor', stateCode: 'PUE' },
    { id: 'fev', agencyType: 'federal_prosecutor_trafficking', stateCode: null },
  ].map((agency) => [agency.id, agency as AgencyFacts]),
);

const transfer = (fields: Partial<StoredTransfer>): StoredTransfer => ({
  id: 'T1',
  from: 'inm',
  to: 'pue',
  reason: 'Hechos en Puebla',
  requestedAt: at(1),
  respondBy: at(73),
  status: 'pending',
  respondedAt: null,
  responseReason: null,
  escalatedAt: null,
  ...fields,
});

const stored = (
  transfers: StoredTransfer[],
  decisions: StoredTimeline['decisions'] = [],
): StoredTimeline => ({
  openedAt: at(0),
  openedBy: 'inm',
  decisions,
  transfers,
});

describe('timelineEvents', () => {
  it('turns stored records into a timeline the clock can replay', () => {
    const events = timelineEvents(
      stored([transfer({ status: 'accepted', respondedAt: at(3) })], [{ at: at(2), decision: 'state' }]),
      agencies,
    );
    const clock = replayJurisdiction(events, at(10));
    expect(clock).toMatchObject({
      owner: { authority: 'STATE_PROSECUTOR', state: 'PUE', agency: 'pue' },
      decision: 'state',
      undeterminedMs: 2 * HOUR,
      disputedMs: 2 * HOUR,
    });
  });

  it('places each act no earlier than the act it waited for', () => {
    const justAfter = (iso: string) => new Date(Date.parse(iso) + 1).toISOString();
    const events = timelineEvents(
      stored([
        // Answered in a transaction that started before the request committed.
        transfer({ requestedAt: at(1), status: 'declined', respondedAt: at(0.5), responseReason: 'No' }),
        transfer({ id: 'T2', requestedAt: at(2), status: 'declined', respondedAt: at(3) }),
        // Requested while the previous answer was committing; escalated exactly at its deadline and
        // accepted by a transaction that had waited for the sweep.
        transfer({
          id: 'T3',
          requestedAt: at(2.5),
          respondBy: at(5),
          escalatedAt: at(5),
          status: 'accepted',
          respondedAt: at(4.5),
        }),
      ]),
      agencies,
    );
    expect(events.map((event) => [event.type, event.at])).toEqual([
      ['opened', at(0)],
      ['transfer_requested', at(1)],
      ['transfer_rejected', at(1)],
      ['transfer_requested', at(2)],
      ['transfer_rejected', at(3)],
      ['transfer_requested', at(3)],
      ['escalated', justAfter(at(5))],
      ['transfer_accepted', justAfter(at(5))],
    ]);
    expect(replayJurisdiction(events, at(6)).owner.agency).toBe('pue');
  });

  it('refuses records that name an unknown agency or hand a case to an institution that is not competent', () => {
    expect(() => timelineEvents(stored([transfer({ to: 'nadie' })]), agencies)).toThrow(/nadie/);
    expect(() => timelineEvents(stored([transfer({ from: 'pue', to: 'inm' })]), agencies)).toThrow(
      /not a competent authority/,
    );
  });
});
