import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addKey } from './key-ring.ts';
import { providerSource } from './provider-source.ts';
import { asyncProblemOf } from './test-fixtures/problem-of.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./test-fixtures/${name}`, import.meta.url));

describe('KMS hook source (ENLACE_KEYRING_PROVIDER)', () => {
  it('loads the ring the module returns as an object', async () => {
    const ring = await providerSource(fixture('memory-provider.ts')).load();
    expect(ring.activeKeyId).toBe('kms-2');
    expect(ring.keys.map((key) => key.id)).toEqual(['kms-1', 'kms-2']);
  });

  it('loads the ring the module returns as JSON text', async () => {
    expect((await providerSource(fixture('text-provider.ts')).load()).activeKeyId).toBe('kms-2');
  });

  it('saves a rotated ring through saveKeyRing', async () => {
    const source = providerSource(fixture('memory-provider.ts'));
    await source.save(addKey(await source.load()));
    const saved = await source.load();
    expect(saved.keys.map((key) => key.id)).toEqual(['kms-1', 'kms-2', 'k1']);
    expect(saved.activeKeyId).toBe('k1');
  });

  it('is read-only when the module has no saveKeyRing', async () => {
    const source = providerSource(fixture('text-provider.ts'));
    const problem = await asyncProblemOf(async () => source.save(await source.load()));
    expect(problem.code).toBe('keyring_read_only');
  });

  it('refuses a module without a loadKeyRing function', async () => {
    const problem = await asyncProblemOf(() => providerSource(fixture('not-a-provider.ts')).load());
    expect(problem).toMatchObject({
      code: 'keyring_provider_invalid',
      params: { module: fixture('not-a-provider.ts') },
    });
  });

  it('reports a module that cannot be imported, keeping the cause', async () => {
    const missing = path.join(path.dirname(fixture('x')), 'missing-provider.mjs');
    const problem = await asyncProblemOf(() => providerSource(missing).load());
    expect(problem.code).toBe('keyring_provider_failed');
    expect(problem.cause).toBeInstanceOf(Error);
  });

  it('reports a failing loadKeyRing, keeping the cause', async () => {
    const problem = await asyncProblemOf(() => providerSource(fixture('failing-provider.ts')).load());
    expect(problem.code).toBe('keyring_provider_failed');
    expect((problem.cause as Error).message).toBe('KMS unavailable');
  });
});
