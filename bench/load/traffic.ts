import autocannon from 'autocannon';
import { percentiles, round } from '../support/case-fixtures.ts';

/** One kind of request in the mix: which accounts send it and how each request is built. */
export type Endpoint = {
  name: string;
  /** The audit action each 2xx answer must have written, for audited endpoints. */
  audited?: string;
  /** Share of the connections at a level (at least one each). */
  weight: number;
  /** Requests a second for this endpoint whatever the concurrency (statistics: a few people, now and then). */
  rate?: number;
  cookies: readonly string[];
  method: 'GET' | 'POST';
  path: (index: number, cookie: number) => string;
  body?: (cookie: number) => string;
};

export type EndpointResult = {
  endpoint: string;
  connections: number;
  sent: number;
  answered: Record<string, number>;
  perSecond: number;
  /** Latency of 2xx answers; refusals (429/503) are timed apart. */
  okMs: ReturnType<typeof percentiles> | null;
  refusedMs: ReturnType<typeof percentiles> | null;
  errors: number;
};

/** Endpoints run side by side, each with its own autocannon instance, so each gets its own latencies. */
export async function runMix(
  baseUrl: string,
  headers: Record<string, string>,
  endpoints: readonly Endpoint[],
  connections: number,
  seconds: number,
): Promise<EndpointResult[]> {
  const totalWeight = endpoints.reduce((sum, endpoint) => sum + endpoint.weight, 0);
  return Promise.all(
    endpoints.map((endpoint) =>
      runEndpoint(
        baseUrl,
        headers,
        endpoint,
        Math.max(1, Math.round((connections * endpoint.weight) / totalWeight)),
        seconds,
      ),
    ),
  );
}

export function runEndpoint(
  baseUrl: string,
  headers: Record<string, string>,
  endpoint: Endpoint,
  connections: number,
  seconds: number,
): Promise<EndpointResult> {
  let sent = 0;
  let connection = 0;
  const ok: number[] = [];
  const refused: number[] = [];
  const answered: Record<string, number> = {};
  const timed = (values: number[]) => (values.length ? percentiles(values.sort((a, b) => a - b)) : null);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        timeout: 30,
        ...(endpoint.rate ? { overallRate: endpoint.rate } : {}),
        requests: [
          {
            setupRequest: (request, context: { cookie?: number }) => {
              // autocannon gives each request a fresh context, so each request takes the next account's
              // session: every connection carries all the accounts, as a proxy's upstream connections do.
              context.cookie ??= connection++ % endpoint.cookies.length;
              const index = sent++;
              return {
                ...request,
                method: endpoint.method,
                path: endpoint.path(index, context.cookie),
                headers: {
                  ...headers,
                  cookie: endpoint.cookies[context.cookie]!,
                  ...(endpoint.body ? { 'content-type': 'application/json' } : {}),
                },
                ...(endpoint.body ? { body: endpoint.body(context.cookie) } : {}),
              };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          endpoint: endpoint.name,
          connections,
          sent,
          answered,
          perSecond: round(ok.length / result.duration, 1),
          okMs: timed(ok),
          refusedMs: timed(refused),
          errors: result.errors,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, milliseconds) => {
      answered[status] = (answered[status] ?? 0) + 1;
      (status >= 200 && status < 300 ? ok : refused).push(milliseconds);
    });
  });
}
