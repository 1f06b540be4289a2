import { spawnSync } from 'node:child_process';
import { auditVerdict } from './npm-audit-verdict.ts';

/**
 * Run by .ci/run: audits the production dependencies and fails on a high or critical advisory. When
 * the advisory service cannot be asked, says so loudly and lets the build go on: that is not a pass,
 * and the warning is there to be read.
 */
const AUDIT = ['audit', '--omit=dev', '--audit-level=high', '--json'];
const run = spawnSync('npm', AUDIT, { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
const verdict =
  run.error !== undefined
    ? ({ kind: 'unreachable', reason: run.error.message } as const)
    : auditVerdict(run.stdout);

switch (verdict.kind) {
  case 'clean':
    console.log(
      `ci: npm audit: no high or critical advisory in production dependencies (${verdict.lower} lower)`,
    );
    break;
  case 'vulnerable':
    console.error(
      `ci: npm audit FAILED: ${verdict.high} high and ${verdict.critical} critical advisories in production dependencies: ${verdict.packages.join(', ')}`,
    );
    console.error(
      'ci: run `npm audit --omit=dev` for the advisories and `npm audit fix` or a pinned upgrade',
    );
    process.exitCode = 1;
    break;
  case 'unreachable':
    console.warn('ci: WARNING ======================================================================');
    console.warn(`ci: WARNING: npm audit could not reach the advisory service (${verdict.reason}).`);
    console.warn('ci: WARNING: production dependencies were NOT audited in this run; run it where the');
    console.warn('ci: WARNING: registry answers (see docs/operations.md#dependency-audit).');
    console.warn('ci: WARNING ======================================================================');
    break;
  case 'unreadable':
    console.error(`ci: npm audit gave an answer this script cannot read (exit ${run.status}):`);
    console.error(run.stdout.slice(0, 2000), run.stderr.slice(0, 2000));
    process.exitCode = 1;
    break;
}
