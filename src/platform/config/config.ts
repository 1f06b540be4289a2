import path from 'node:path';
import { z } from 'zod';
import { DISCLOSURE_THRESHOLD_MAX } from '../../contracts/publication.ts';
import { parseResponseHours, type ResponseHours } from '../../contracts/referral-deadlines.ts';
import {
  STATISTICS_CONSENT_POLICIES,
  type StatisticsConsentPolicy,
} from '../../contracts/statistics-consent.ts';

const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/ })
  .describe('postgres://user:password@host:port/database');

const environment = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_APP_URL: postgresUrl.optional(),
  ENLACE_REPORTING_DATABASE_URL: postgresUrl.optional(),
  ENLACE_DATA_DIR: z.string().min(1).optional(),
  ENLACE_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  ENLACE_HOST: z.string().min(1).default('127.0.0.1'),
  ENLACE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ENLACE_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  ENLACE_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  ENLACE_TRUST_PROXY: z.stringbool().default(false),
  ENLACE_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(1024 * 1024),
  ENLACE_STATISTICS_CONSENT: z.enum(STATISTICS_CONSENT_POLICIES).default('aggregates'),
  ENLACE_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  ENLACE_DISCLOSURE_THRESHOLD: z.coerce.number().int().min(2).max(DISCLOSURE_THRESHOLD_MAX).default(5),
  ENLACE_REFERRAL_RESPONSE_HOURS: z
    .string()
    .default('')
    .refine((text) => parseResponseHours(text) !== null),
  ENLACE_METRICS_TOKEN: z.string().min(32).max(512).optional(),
  ENLACE_RATE_LIMIT_ACCOUNT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  ENLACE_RATE_LIMIT_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  ENLACE_OVERLOAD_IN_FLIGHT: z.coerce.number().int().min(0).max(100_000).default(100),
  ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  ENLACE_DB_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(20),
});

export type Settings = {
  databaseUrl: string | undefined;
  databaseAppUrl: string | undefined;
  /** Login of `enlace_app` on a read replica that statistics and the annual report read from; unset: the primary. */
  reportingDatabaseUrl: string | undefined;
  /** Set only when the operator chose the folder; otherwise `defaultDataDir` applies. */
  dataDir: string;
  dataDirChosen: boolean;
  port: number;
  host: string;
  logLevel: z.infer<typeof environment>['ENLACE_LOG_LEVEL'];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  trustProxy: boolean;
  bodyLimitBytes: number;
  statisticsConsent: StatisticsConsentPolicy;
  /** How often this process escalates overdue transfer requests; 0: never (a scheduled CLI run does it). */
  sweepSeconds: number;
  /** Hours a provider has to answer a referral, by urgency, before it is overdue and escalates. */
  referralResponseHours: ResponseHours;
  /** Published counts from 1 to this − 1 are suppressed; a release may raise it, never lower it. */
  disclosureThreshold: number;
  /** Bearer token `GET /metrics` asks for; unset: there is no metrics endpoint. */
  metricsToken: string | undefined;
  /** Requests a minute this process answers for one signed-in account (docs/security.md, "Request limits"). */
  rateLimitAccountPerMinute: number;
  /** Requests a minute this process answers for one client address when no account is signed in. */
  rateLimitAddressPerMinute: number;
  /** API requests in progress at once past which new ones are refused with 503; 0: never. */
  overloadInFlight: number;
  /** Event-loop delay (ms) past which new requests are refused with 503; 0: never. */
  overloadEventLoopDelayMs: number;
  /** Connections to PostgreSQL that serve requests (docs/benchmarks.md, "Connection pool size"). */
  dbPoolSize: number;
};

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export const defaultDataDir = (cwd: string): string => path.resolve(cwd, 'var');

/** Reads the environment once; a bad value names the variable and never echoes its content. */
export function loadSettings(env: NodeJS.ProcessEnv, cwd = process.cwd()): Settings {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0]), describeIssue(String(issue.path[0])));
  }
  const values = parsed.data;
  return {
    databaseUrl: values.DATABASE_URL,
    databaseAppUrl: values.DATABASE_APP_URL,
    reportingDatabaseUrl: values.ENLACE_REPORTING_DATABASE_URL,
    dataDir: values.ENLACE_DATA_DIR ? path.resolve(cwd, values.ENLACE_DATA_DIR) : defaultDataDir(cwd),
    dataDirChosen: values.ENLACE_DATA_DIR !== undefined,
    port: values.ENLACE_PORT,
    host: values.ENLACE_HOST,
    logLevel: values.ENLACE_LOG_LEVEL,
    sessionIdleMinutes: values.ENLACE_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: values.ENLACE_SESSION_ABSOLUTE_HOURS,
    trustProxy: values.ENLACE_TRUST_PROXY,
    bodyLimitBytes: values.ENLACE_BODY_LIMIT_BYTES,
    statisticsConsent: values.ENLACE_STATISTICS_CONSENT,
    sweepSeconds: values.ENLACE_SWEEP_SECONDS,
    referralResponseHours: parseResponseHours(values.ENLACE_REFERRAL_RESPONSE_HOURS)!,
    disclosureThreshold: values.ENLACE_DISCLOSURE_THRESHOLD,
    metricsToken: values.ENLACE_METRICS_TOKEN,
    rateLimitAccountPerMinute: values.ENLACE_RATE_LIMIT_ACCOUNT_PER_MINUTE,
    rateLimitAddressPerMinute: values.ENLACE_RATE_LIMIT_ADDRESS_PER_MINUTE,
    overloadInFlight: values.ENLACE_OVERLOAD_IN_FLIGHT,
    overloadEventLoopDelayMs: values.ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS,
    dbPoolSize: values.ENLACE_DB_POOL_SIZE,
  };
}

const EXPECTATIONS: Record<string, string> = {
  DATABASE_URL: 'expected a URL like postgres://user:password@host:5432/database',
  DATABASE_APP_URL: 'expected a URL like postgres://enlace_app:password@host:5432/database',
  ENLACE_REPORTING_DATABASE_URL: 'expected a URL like postgres://enlace_app:password@replica:5432/database',
  ENLACE_PORT: 'expected a port number from 0 to 65535',
  ENLACE_LOG_LEVEL: 'expected one of fatal, error, warn, info, debug, trace, silent',
  ENLACE_TRUST_PROXY: 'expected true or false',
  ENLACE_STATISTICS_CONSENT: 'expected aggregates or consent_required',
  ENLACE_SWEEP_SECONDS: 'expected a whole number of seconds from 0 (never) to 86400',
  ENLACE_REFERRAL_RESPONSE_HOURS:
    'expected urgency=hours pairs such as emergency=4,urgent=24,routine=72 (1 to 720)',
  ENLACE_DISCLOSURE_THRESHOLD: `expected a whole number from 2 to ${DISCLOSURE_THRESHOLD_MAX}`,
  ENLACE_METRICS_TOKEN: 'expected a random token of 32 to 512 characters',
  ENLACE_RATE_LIMIT_ACCOUNT_PER_MINUTE: 'expected a whole number of requests a minute from 1 to 1000000',
  ENLACE_RATE_LIMIT_ADDRESS_PER_MINUTE: 'expected a whole number of requests a minute from 1 to 1000000',
  ENLACE_OVERLOAD_IN_FLIGHT: 'expected a whole number from 0 (never refuse) to 100000',
  ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS:
    'expected a whole number of milliseconds from 0 (never refuse) to 60000',
  ENLACE_DB_POOL_SIZE: 'expected a whole number of connections from 1 to 1000',
};

function describeIssue(variable: string): string {
  return EXPECTATIONS[variable] ?? 'invalid value';
}
