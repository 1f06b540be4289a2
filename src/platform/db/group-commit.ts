type Waiting<Item> = { item: Item; resolve: () => void; reject: (error: unknown) => void };

export type GroupCommitOptions = {
  /** How many commits may run at once; an item that finds them all running waits to go in a batch. */
  maxInFlight: number;
  /** The most items one commit takes; the rest wait for the next. */
  maxBatch: number;
  /**
   * Whether an error refused the batch's content rather than the commit itself (a value the table
   * rejects, not a lost connection): then each item of that batch is committed alone, so one bad item
   * fails only its own caller. Only for errors that guarantee nothing of the batch was committed.
   */
  refusedContent: (error: unknown) => boolean;
};

/**
 * Commits items in batches, with no timer: an item submitted while fewer than `maxInFlight` commits run
 * goes at once; items submitted while they all run go together when one of them ends. Each submission
 * settles when the batch holding its item has committed (or failed), never before: callers may answer
 * only then.
 */
export function groupCommit<Item>(commit: (batch: Item[]) => Promise<void>, options: GroupCommitOptions) {
  const waiting: Waiting<Item>[] = [];
  let inFlight = 0;

  const settleAlone = (one: Waiting<Item>) => commit([one.item]).then(one.resolve, one.reject);

  async function commitBatch(batch: Waiting<Item>[]) {
    try {
      await commit(batch.map((one) => one.item));
      for (const one of batch) one.resolve();
    } catch (error) {
      if (batch.length > 1 && options.refusedContent(error)) await Promise.all(batch.map(settleAlone));
      else for (const one of batch) one.reject(error);
    }
  }

  function startCommits() {
    while (waiting.length > 0 && inFlight < options.maxInFlight) {
      inFlight += 1;
      void commitBatch(waiting.splice(0, options.maxBatch)).finally(() => {
        inFlight -= 1;
        startCommits();
      });
    }
  }

  return (item: Item) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      startCommits();
    });
}
