import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from './config.ts';

describe('loadSettings', () => {
  it('defaults to the embedded database in ./var on the loopback address', () => {
    const settings = loadSettings({}, '/srv/enlace');
    expect(settings).toMatchObject({
      databaseUrl: undefined,
      dataDir: path.resolve('/srv/enlace/var'),
      dataDirChosen: false,
      host: '127.0.0.1',
      port: 3000,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      statisticsConsent: 'aggregates',
      sweepSeconds: 60,
      disclosureThreshold: 5,
      rateLimitAccountPerMinute: 600,
      rateLimitAddressPerMinute: 300,
      overloadInFlight: 100,
      overloadEventLoopDelayMs: 1000,
      dbPoolSize: 20,
    });
  });

  it.each([
    [{ DATABASE_URL: 'postgres://u:p@db:5432/enlace' }, 'databaseUrl', 'postgres://u:p@db:5432/enlace'],
    [{ DATABASE_URL: 'postgresql://db/enlace' }, 'databaseUrl', 'postgresql://db/enlace'],
    [{ ENLACE_DATA_DIR: 'datos' }, 'dataDir', path.resolve('/srv/enlace/datos')],
    [{ ENLACE_PORT: '8080' }, 'port', 8080],
    [{ ENLACE_TRUST_PROXY: 'true' }, 'trustProxy', true],
    [{ ENLACE_STATISTICS_CONSENT: 'consent_required' }, 'statisticsConsent', 'consent_required'],
    [{ ENLACE_SWEEP_SECONDS: '0' }, 'sweepSeconds', 0],
    [{ ENLACE_DISCLOSURE_THRESHOLD: '10' }, 'disclosureThreshold', 10],
    [{}, 'metricsToken', undefined],
    [{}, 'reportingDatabaseUrl', undefined],
    [
      { ENLACE_REPORTING_DATABASE_URL: 'postgres://enlace_app:p@replica:5432/enlace' },
      'reportingDatabaseUrl',
      'postgres://enlace_app:p@replica:5432/enlace',
    ],
    [{ ENLACE_METRICS_TOKEN: 'm'.repeat(32) }, 'metricsToken', 'm'.repeat(32)],
    [{ ENLACE_RATE_LIMIT_ACCOUNT_PER_MINUTE: '1200' }, 'rateLimitAccountPerMinute', 1200],
    [{ ENLACE_RATE_LIMIT_ADDRESS_PER_MINUTE: '60' }, 'rateLimitAddressPerMinute', 60],
    [{ ENLACE_OVERLOAD_IN_FLIGHT: '0' }, 'overloadInFlight', 0],
    [{ ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS: '250' }, 'overloadEventLoopDelayMs', 250],
    [{ ENLACE_DB_POOL_SIZE: '8' }, 'dbPoolSize', 8],
    [
      { ENLACE_REFERRAL_RESPONSE_HOURS: 'emergency=2' },
      'referralResponseHours',
      { emergency: 2, urgent: 24, routine: 72 },
    ],
  ])('reads %j', (env, key, expected) => {
    expect(loadSettings(env, '/srv/enlace')[key as keyof ReturnType<typeof loadSettings>]).toEqual(expected);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://u@h/db' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'no es una url' }, 'DATABASE_URL'],
    [{ DATABASE_APP_URL: 'http://x' }, 'DATABASE_APP_URL'],
    [{ ENLACE_REPORTING_DATABASE_URL: 'mysql://réplica/db' }, 'ENLACE_REPORTING_DATABASE_URL'],
    [{ ENLACE_PORT: '70000' }, 'ENLACE_PORT'],
    [{ ENLACE_PORT: 'abc' }, 'ENLACE_PORT'],
    [{ ENLACE_LOG_LEVEL: 'loud' }, 'ENLACE_LOG_LEVEL'],
    [{ ENLACE_TRUST_PROXY: 'quizá' }, 'ENLACE_TRUST_PROXY'],
    [{ ENLACE_REFERRAL_RESPONSE_HOURS: 'urgent=0' }, 'ENLACE_REFERRAL_RESPONSE_HOURS'],
    [{ ENLACE_STATISTICS_CONSENT: 'everything' }, 'ENLACE_STATISTICS_CONSENT'],
    [{ ENLACE_SWEEP_SECONDS: '-5' }, 'ENLACE_SWEEP_SECONDS'],
    [{ ENLACE_SWEEP_SECONDS: '1.5' }, 'ENLACE_SWEEP_SECONDS'],
    [{ ENLACE_DISCLOSURE_THRESHOLD: '-3' }, 'ENLACE_DISCLOSURE_THRESHOLD'],
    [{ ENLACE_DISCLOSURE_THRESHOLD: '250' }, 'ENLACE_DISCLOSURE_THRESHOLD'],
    [{ ENLACE_DISCLOSURE_THRESHOLD: 'cinco' }, 'ENLACE_DISCLOSURE_THRESHOLD'],
    [{ ENLACE_METRICS_TOKEN: 'corto-y-adivinable' }, 'ENLACE_METRICS_TOKEN'],
    [{ ENLACE_RATE_LIMIT_ACCOUNT_PER_MINUTE: '-7' }, 'ENLACE_RATE_LIMIT_ACCOUNT_PER_MINUTE'],
    [{ ENLACE_RATE_LIMIT_ADDRESS_PER_MINUTE: 'muchas' }, 'ENLACE_RATE_LIMIT_ADDRESS_PER_MINUTE'],
    [{ ENLACE_OVERLOAD_IN_FLIGHT: '-1' }, 'ENLACE_OVERLOAD_IN_FLIGHT'],
    [{ ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS: '2.5' }, 'ENLACE_OVERLOAD_EVENT_LOOP_DELAY_MS'],
    [{ ENLACE_DB_POOL_SIZE: '-2' }, 'ENLACE_DB_POOL_SIZE'],
    [{ ENLACE_DB_POOL_SIZE: 'veinte' }, 'ENLACE_DB_POOL_SIZE'],
  ])('rejects %j naming the variable, never its value', (env, variable) => {
    try {
      loadSettings(env);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as ConfigError).message).not.toContain(Object.values(env)[0]);
    }
  });
});
