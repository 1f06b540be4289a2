import { percentiles } from '../support/case-fixtures.ts';

/** Asks `url` every 100 ms on its own connection until stopped: does liveness hold under overload? */
export function watchProbe(url: string) {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const answer = await fetch(url).catch(() => undefined);
      await answer?.arrayBuffer();
      const status = answer ? String(answer.status) : 'network';
      statuses[status] = (statuses[status] ?? 0) + 1;
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { statuses, ms: percentiles(latencies.sort((a, b) => a - b)) };
    },
  };
}
