import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeKeyRingForEnvironment } from './environment-source.ts';
import { createKeyRing } from './key-ring.ts';
import { chooseKeyRingSource } from './key-ring-source.ts';
import { problemOf } from './test-fixtures/problem-of.ts';

const cwd = '/srv/enlace';
const encoded = encodeKeyRingForEnvironment(createKeyRing());

describe('chooseKeyRingSource', () => {
  it('uses the key file beside the embedded database by default', () => {
    const source = chooseKeyRingSource({ env: {}, cwd, embeddedDataDir: '/srv/enlace/var' });
    expect(source.description).toBe(path.join('/srv/enlace/var', 'keys', 'keyring.json'));
  });

  it('uses ENLACE_KEYRING when set', () => {
    const source = chooseKeyRingSource({ env: { ENLACE_KEYRING: encoded }, cwd, embeddedDataDir: undefined });
    expect(source.description).toBe('ENLACE_KEYRING');
  });

  it('uses the module ENLACE_KEYRING_PROVIDER names, relative to the working folder', () => {
    const env = { ENLACE_KEYRING_PROVIDER: 'ops/kms.mjs' };
    const source = chooseKeyRingSource({ env, cwd, embeddedDataDir: '/srv/enlace/var' });
    expect(source.description).toBe(path.resolve(cwd, 'ops/kms.mjs'));
  });

  it('refuses two sources at once', () => {
    const env = { ENLACE_KEYRING: encoded, ENLACE_KEYRING_PROVIDER: 'kms.mjs' };
    expect(problemOf(() => chooseKeyRingSource({ env, cwd, embeddedDataDir: undefined })).code).toBe(
      'keyring_source_ambiguous',
    );
  });

  it('never generates a key file for an external database', () => {
    expect(problemOf(() => chooseKeyRingSource({ env: {}, cwd, embeddedDataDir: undefined })).code).toBe(
      'keyring_missing',
    );
  });
});
