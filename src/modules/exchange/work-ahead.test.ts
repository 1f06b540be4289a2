import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { workAhead } from './work-ahead.ts';

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

describe('workAhead', () => {
  it.each([
    { name: 'no slices', slices: [] as number[][] },
    { name: 'one short slice', slices: [[1, 2, 3]] },
    { name: 'slices longer than a turn', slices: [range(0, 40), range(40, 17), range(57, 16)] },
    { name: 'an empty slice among others', slices: [range(0, 5), [], range(5, 3)] },
  ])('answers every slice in order, each item worked once: $name', async ({ slices }) => {
    const worked: number[] = [];
    const take = workAhead(slices, (item: number) => {
      worked.push(item);
      return item * 10;
    });
    for (const slice of slices) expect(await take()).toEqual(slice.map((item) => item * 10));
    await nextTurn();
    expect(worked).toEqual(slices.flat());
  });

  it('starts on the next slice while the writer is still busy with the one it took', async () => {
    const worked: number[] = [];
    const take = workAhead([range(0, 20), range(20, 20)], (item: number) => worked.push(item));
    await take();
    let writerDone = false;
    const writer = (async () => {
      for (let turn = 0; turn < 5; turn++) await nextTurn();
      writerDone = true;
    })();
    while (!writerDone) {
      await nextTurn();
      if (worked.length > 20) break;
    }
    expect(writerDone).toBe(false);
    expect(worked.length).toBeGreaterThan(20);
    await writer;
  });

  it('yields between turns, so other work runs before a long slice is finished', async () => {
    let othersRan = 0;
    const take = workAhead([range(0, 64)], (item: number) => item);
    const others = (async () => {
      for (let turn = 0; turn < 3; turn++) {
        await nextTurn();
        othersRan += 1;
      }
    })();
    const results = await take();
    expect(results).toHaveLength(64);
    expect(othersRan).toBeGreaterThan(0);
    await others;
  });

  it('passes a failure to whoever takes the failing slice, and to nobody before', async () => {
    const take = workAhead([[1], [2], [3]], (item: number) => {
      if (item === 2) throw new Error('cannot work item 2');
      return item;
    });
    expect(await take()).toEqual([1]);
    for (let turn = 0; turn < 3; turn++) await nextTurn();
    await expect(take()).rejects.toThrow('cannot work item 2');
  });
});
