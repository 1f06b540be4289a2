import { PassThrough } from 'node:stream';
import { loadSettings, type Settings } from '../../src/platform/config/config.ts';
import { createKeyRing, type KeyRing } from '../../src/platform/crypto/key-ring.ts';
import { type App, type AppDependencies, buildApp } from '../../src/platform/http/app.ts';
import type { TestDatabase } from './test-database.ts';

export type TestApp = {
  app: App;
  baseUrl: string;
  settings: Settings;
  /** The app's key ring, for tests that compute what the app stores (keyed hashes, ciphertexts). */
  keyRing: KeyRing;
  /** Everything the application logged so far. */
  logs(): string;
  close(): Promise<void>;
};

/**
 * Suites send thousands of requests from one address and a few accounts, and share two cores with
 * other suites: request limits are raised out of reach and the event-loop check is off, so only the
 * tests about them (which pass their own settings) meet 429 or 503.
 */
const TEST_ENVIRONMENT = {
  ENLACE_LOG_LEVEL: 'info',
  ENLACE_RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000000',
  ENLACE_RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000',
  ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS: '0',
};

/** The real application on a real loopback socket, against a test database. */
export async function startTestApp(
  database: TestDatabase,
  overrides: Partial<Settings> = {},
  /** Routes only a test needs (for example one that calls a guard other modules will use). */
  extraRoutes?: (app: App, deps: AppDependencies) => void,
  /** Parts to replace, such as hand-built figures in place of the statistics engine. */
  replaced: Pick<AppDependencies, 'annualFiguresSource'> = {},
): Promise<TestApp> {
  const settings = { ...loadSettings(TEST_ENVIRONMENT), ...overrides };
  const logStream = new PassThrough();
  const chunks: Buffer[] = [];
  logStream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const deps: AppDependencies = {
    database,
    settings,
    keyRing: createKeyRing(),
    webRoot: false,
    logStream,
    ...replaced,
  };
  const app = await buildApp(deps);
  extraRoutes?.(app, deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    settings,
    keyRing: deps.keyRing,
    logs: () => Buffer.concat(chunks).toString('utf8'),
    close: () => app.close(),
  };
}

/** A tiny client that keeps the session cookie like a browser would. */
export function client(baseUrl: string, language = 'es-MX') {
  let cookie: string | undefined;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'accept-language': language,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
      setCookie,
    };
  };
  return { call, setCookie: (value: string | undefined) => (cookie = value), cookie: () => cookie };
}
