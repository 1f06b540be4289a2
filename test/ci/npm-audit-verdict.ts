/** What `.ci/run` does with the answer of `npm audit --omit=dev --audit-level=high --json`. */
export type AuditVerdict =
  | { kind: 'clean'; lower: number }
  | { kind: 'vulnerable'; high: number; critical: number; packages: string[] }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'unreadable' };

type AuditReport = {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity?: string }>;
  statusCode?: number;
  message?: string;
  error?: { code?: string; summary?: string };
};

const SEVERE = new Set(['high', 'critical']);

/**
 * A report with counts is a verdict on the dependencies; an answer that says the advisory service
 * could not be asked (an HTTP status, a network error code) is not, and must never read as "clean".
 * Anything else is unreadable, which fails the build too.
 */
export function auditVerdict(output: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    return { kind: 'unreadable' };
  }
  const counts = report.metadata?.vulnerabilities;
  if (counts) {
    const high = counts.high ?? 0;
    const critical = counts.critical ?? 0;
    if (high + critical === 0) return { kind: 'clean', lower: (counts.total ?? 0) - high - critical };
    const packages = Object.entries(report.vulnerabilities ?? {})
      .filter(([, finding]) => SEVERE.has(finding.severity ?? ''))
      .map(([name]) => name)
      .sort();
    return { kind: 'vulnerable', high, critical, packages };
  }
  if (report.statusCode !== undefined || report.error?.code !== undefined)
    return {
      kind: 'unreachable',
      reason: report.message ?? report.error?.code ?? `HTTP ${report.statusCode}`,
    };
  return { kind: 'unreadable' };
}
