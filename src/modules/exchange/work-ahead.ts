import { setImmediate as nextTurn } from 'node:timers/promises';

/** Items handled per turn: a few milliseconds at most, so an answer from the database never waits long. */
const TURN = 16;

/**
 * Prepares slices one ahead of a writer: work on the first slice starts at once, and each `take()`
 * answers the next slice's results while work on the slice after it starts as soon as those are ready.
 * The work runs in short turns that yield to the event loop, so the writer's statements are sent and
 * their answers read between turns: a synchronous loop would hold back the very statement it was meant
 * to overlap until it had finished. Call `take()` once per slice, in order.
 */
export function workAhead<Item, Result>(
  slices: readonly (readonly Item[])[],
  work: (item: Item) => Result,
): () => Promise<Result[]> {
  let taken = 0;
  let pending = handled(inTurns(slices[0] ?? [], work));
  return () => {
    const current = pending;
    taken += 1;
    const following = slices[taken] ?? [];
    pending = handled(current.then(() => inTurns(following, work)));
    return current;
  };
}

/** A slice not yet taken may fail before anyone awaits it; the failure reaches whoever takes it. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

async function inTurns<Item, Result>(
  slice: readonly Item[],
  work: (item: Item) => Result,
): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < slice.length; start += TURN) {
    await nextTurn();
    for (const item of slice.slice(start, start + TURN)) results.push(work(item));
  }
  return results;
}
