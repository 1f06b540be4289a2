import { text } from 'node:stream/consumers';
import { type EndpointResult, runEndpoint, runMix } from './traffic.ts';
import { watchProbe } from './watch-probe.ts';
import { type LoadPlan, webAppMix } from './web-app-mix.ts';

/**
 * One load run in its own process, so the load generator never competes with the server for its
 * event loop. Reads `{ plan, run }` as JSON on standard input (the session cookies stay out of the
 * process list) and writes the results as JSON on standard output.
 */
export type DriveRun = {
  connections: number;
  seconds: number;
  /** Only this endpoint; otherwise the whole mix side by side. */
  alone?: string;
  /** One connection per endpoint, one endpoint after another. */
  inTurn?: boolean;
  /** Ask /api/health every 100 ms meanwhile. */
  probe?: boolean;
};

const { plan, run } = JSON.parse(await text(process.stdin)) as { plan: LoadPlan; run: DriveRun };
const endpoints = webAppMix(plan);
const probe = run.probe ? watchProbe(`${plan.baseUrl}/api/health`) : undefined;
let results: EndpointResult[];
if (run.alone) {
  const endpoint = endpoints.find((candidate) => candidate.name === run.alone)!;
  results = [await runEndpoint(plan.baseUrl, plan.headers, endpoint, run.connections, run.seconds)];
} else if (run.inTurn) {
  results = [];
  for (const endpoint of endpoints)
    results.push(await runEndpoint(plan.baseUrl, plan.headers, endpoint, 1, run.seconds));
} else {
  results = await runMix(plan.baseUrl, plan.headers, endpoints, run.connections, run.seconds);
}
process.stdout.write(JSON.stringify({ results, probe: await probe?.stop() }));
