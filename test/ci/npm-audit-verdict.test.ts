import { describe, expect, test } from 'vitest';
import { auditVerdict } from './npm-audit-verdict.ts';

const counts = (high: number, critical: number, total: number) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {
      'paquete-a': { severity: 'high' },
      'paquete-b': { severity: 'moderate' },
      'paquete-c': { severity: 'critical' },
    },
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: total - high - critical, high, critical, total },
    },
  });

describe('the verdict on npm audit', () => {
  test.each([
    [
      'no advisory at all',
      JSON.stringify({ metadata: { vulnerabilities: { high: 0, critical: 0, total: 0 } } }),
      { kind: 'clean', lower: 0 },
    ],
    [
      'moderate advisories only',
      JSON.stringify({ metadata: { vulnerabilities: { moderate: 2, high: 0, critical: 0, total: 2 } } }),
      { kind: 'clean', lower: 2 },
    ],
    [
      'a high and a critical advisory',
      counts(1, 1, 3),
      { kind: 'vulnerable', high: 1, critical: 1, packages: ['paquete-a', 'paquete-c'] },
    ],
    [
      'the advisory endpoint refusing the request',
      JSON.stringify({
        message: '405 Method Not Allowed - POST …/advisories/bulk',
        statusCode: 405,
        error: { summary: '' },
      }),
      { kind: 'unreachable', reason: '405 Method Not Allowed - POST …/advisories/bulk' },
    ],
    [
      'no network',
      JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo' } }),
      { kind: 'unreachable', reason: 'ENOTFOUND' },
    ],
    ['empty output', '', { kind: 'unreadable' }],
    ['text instead of JSON', 'npm error audit endpoint returned an error', { kind: 'unreadable' }],
    ['JSON without counts or an error', '{}', { kind: 'unreadable' }],
  ])('%s', (_name, output, verdict) => {
    expect(auditVerdict(output)).toEqual(verdict);
  });
});
