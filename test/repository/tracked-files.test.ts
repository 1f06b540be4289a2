import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { findSecrets } from './secret-patterns.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every file git tracks, as committed or about to be: what a push would publish. */
function trackedFiles(): string[] {
  const listing = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return listing.split('\0').filter((file) => file !== '');
}

const isBinary = (content: Buffer) => content.subarray(0, 8000).includes(0);

test('no tracked file holds a private key, a token or a password', () => {
  const files = trackedFiles();
  expect(files.length).toBeGreaterThan(100);
  const findings = files.flatMap((file) => {
    let content: Buffer;
    try {
      content = readFileSync(path.join(ROOT, file));
    } catch {
      return []; // Deleted in the working tree and not yet committed: nothing to publish.
    }
    return findSecrets(file, isBinary(content) ? '' : content.toString('utf8'));
  });
  // Only where and which rule: printing the match would copy the secret into the CI log.
  expect(findings).toEqual([]);
});
