import { describe, expect, it } from 'vitest';
import { unmetByState } from './coverage-map.ts';

type Row = Parameters<typeof unmetByState>[0][number];
const row = (state: Row['state'], unmet: number | null, population: Row['population'] = 'all'): Row => ({
  state,
  population,
  serviceType: 'shelter',
  unmet,
});

describe('unmetByState', () => {
  it('adds each state\u2019s known counts for everyone, leaving other populations out', () => {
    const map = unmetByState([
      row('PUE', 3),
      { ...row('PUE', 4), serviceType: 'legal' },
      row('PUE', 5, 'men'),
    ]);
    expect(map.get('PUE')).toBe(7);
  });

  it('marks a state suppressed only when none of its cells is known', () => {
    expect(unmetByState([row('CHP', null)]).get('CHP')).toBe('suppressed');
    expect(unmetByState([row('CHP', null), { ...row('CHP', 3), serviceType: 'legal' }]).get('CHP')).toBe(3);
    expect(unmetByState([{ ...row('CHP', 3), serviceType: 'legal' }, row('CHP', null)]).get('CHP')).toBe(3);
  });

  it('leaves out cells without a state and states without rows', () => {
    const map = unmetByState([row(null, 9)]);
    expect(map.size).toBe(0);
    expect(map.get('YUC')).toBeUndefined();
  });
});
