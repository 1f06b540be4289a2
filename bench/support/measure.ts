/** Runs `work` `count` times with `concurrency` in flight; returns operations per second. */
export async function throughput(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<unknown>,
) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
  return (count / (performance.now() - started)) * 1000;
}

/**
 * Alternates two variants over several rounds so that noise from a shared machine hits both alike,
 * and reports each one's median throughput and their ratio.
 */
export async function compare(
  rounds: number,
  measureA: () => Promise<number>,
  measureB: () => Promise<number>,
): Promise<{ a: number; b: number; ratio: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    a.push(await measureA());
    b.push(await measureB());
  }
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  return { a: median(a), b: median(b), ratio: median(a) / median(b) };
}
