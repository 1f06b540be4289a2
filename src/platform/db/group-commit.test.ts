import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';

/** A commit the test ends by hand, to see who waits for whom. */
function heldCommits() {
  const batches: { items: string[]; end: (error?: Error) => void }[] = [];
  const commit = (items: string[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push({ items, end: (error) => (error ? reject(error) : resolve()) });
    });
  return { batches, commit };
}

const settledOf = (promises: Promise<void>[]) => {
  const states = promises.map(() => 'pending');
  for (const [index, promise] of promises.entries()) {
    promise.then(
      () => {
        states[index] = 'committed';
      },
      (error: Error) => {
        states[index] = error.message;
      },
    );
  }
  return states;
};

const tick = () => new Promise((resolve) => setImmediate(resolve));
const never = () => false;

describe('groupCommit', () => {
  it('commits an item at once, and those that come meanwhile together when that commit ends', async () => {
    const { batches, commit } = heldCommits();
    const submit = groupCommit(commit, { maxInFlight: 1, maxBatch: 10, refusedContent: never });
    const states = settledOf(['a', 'b', 'c'].map(submit));
    expect(batches.map((batch) => batch.items)).toEqual([['a']]);

    batches[0]!.end();
    await tick();
    expect(states).toEqual(['committed', 'pending', 'pending']);
    expect(batches.map((batch) => batch.items)).toEqual([['a'], ['b', 'c']]);

    batches[1]!.end();
    await tick();
    expect(states).toEqual(['committed', 'committed', 'committed']);
  });

  it('runs up to maxInFlight commits at once before items wait to go together', async () => {
    const { batches, commit } = heldCommits();
    const submit = groupCommit(commit, { maxInFlight: 2, maxBatch: 10, refusedContent: never });
    const states = settledOf(['a', 'b', 'c', 'd'].map(submit));
    expect(batches.map((batch) => batch.items)).toEqual([['a'], ['b']]);

    batches[1]!.end();
    await tick();
    expect(states).toEqual(['pending', 'committed', 'pending', 'pending']);
    expect(batches.map((batch) => batch.items)).toEqual([['a'], ['b'], ['c', 'd']]);
  });

  it('takes at most maxBatch items in one commit', async () => {
    const { batches, commit } = heldCommits();
    const submit = groupCommit(commit, { maxInFlight: 1, maxBatch: 2, refusedContent: never });
    settledOf(['a', 'b', 'c', 'd', 'e'].map(submit));
    for (let ended = 0; ended < 3; ended++) {
      batches[ended]!.end();
      await tick();
    }
    expect(batches.map((batch) => batch.items)).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it("fails every item of a failed commit, and nobody else's", async () => {
    const { batches, commit } = heldCommits();
    const submit = groupCommit(commit, { maxInFlight: 1, maxBatch: 10, refusedContent: never });
    const states = settledOf(['a', 'b', 'c'].map(submit));
    batches[0]!.end();
    await tick();
    batches[1]!.end(new Error('connection lost'));
    await tick();
    expect(states).toEqual(['committed', 'connection lost', 'connection lost']);
    expect(batches).toHaveLength(2);

    const later = settledOf([submit('d')]);
    batches[2]!.end();
    await tick();
    expect(later).toEqual(['committed']);
  });

  it('commits each item alone after a refused batch, so only the refused item fails', async () => {
    const refused = new Error('refused value');
    const commit = async (items: string[]) => {
      await tick();
      if (items.includes('bad')) throw refused;
    };
    const submit = groupCommit(commit, {
      maxInFlight: 1,
      maxBatch: 10,
      refusedContent: (error) => error === refused,
    });
    const states = settledOf(['first', 'good', 'bad', 'fine'].map(submit));
    for (let step = 0; step < 6; step++) await tick();
    expect(states).toEqual(['committed', 'committed', 'refused value', 'committed']);
  });
});
