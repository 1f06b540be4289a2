import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CaseResult, febrlCase, generatedCase, pprlFebrlCase, writeGenerated } from './cases.ts';

/**
 * One benchmark case in its own process (so its peak memory is its own), printing its result as
 * JSON on the last line. Usage: run-case.ts febrl-4 | febrl-3 | pprl | generate N SEED DIR | generated NAME DIR
 */
const [kind, ...args] = process.argv.slice(2);
const workDir = mkdtempSync(path.join(tmpdir(), 'enlace-bench-'));

async function run(): Promise<CaseResult | { generated: string }> {
  switch (kind) {
    case 'febrl-4':
      return febrlCase('FEBRL 4a×4b', ['dataset4a.csv', 'dataset4b.csv'], workDir);
    case 'febrl-3':
      return febrlCase('FEBRL 3', ['dataset3.csv'], workDir);
    case 'pprl':
      return pprlFebrlCase(workDir);
    case 'generate':
      writeGenerated(Number(args[0]), Number(args[1]), args[2]!);
      return { generated: args[2]! };
    case 'generated':
      return generatedCase(args[0]!, args[1]!, workDir);
    default:
      throw new Error(`Unknown case ${kind}`);
  }
}

try {
  process.stdout.write(`${JSON.stringify(await run())}\n`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
