import { describe, expect, it } from 'vitest';
import { encodeKeyRingForEnvironment, environmentSource } from './environment-source.ts';
import { addKey, createKeyRing, liveKey } from './key-ring.ts';
import { asyncProblemOf } from './test-fixtures/problem-of.ts';

describe('ENLACE_KEYRING source', () => {
  it('loads the ring that encodeKeyRingForEnvironment wrote', async () => {
    const ring = addKey(createKeyRing());
    const loaded = await environmentSource(encodeKeyRingForEnvironment(ring)).load();
    expect(loaded.activeKeyId).toBe('k2');
    expect(liveKey(loaded, 'k1').secret.equals(liveKey(ring, 'k1').secret)).toBe(true);
    expect(loaded.blindIndexKey.secret.equals(ring.blindIndexKey.secret)).toBe(true);
  });

  it('accepts the value wrapped over several lines, as `base64` prints it', async () => {
    const wrapped = encodeKeyRingForEnvironment(createKeyRing()).replace(/.{76}/g, '$&\n');
    await expect(environmentSource(wrapped).load()).resolves.toBeDefined();
  });

  it.each([
    ['base64', 'not base64 at all!'],
    ['json', Buffer.from('{"format":').toString('base64')],
    ['invalid_type', Buffer.from('[]').toString('base64')],
  ])('refuses a damaged value (%s), naming the variable', async (rule, value) => {
    expect(await asyncProblemOf(() => environmentSource(value).load())).toMatchObject({
      code: 'keyring_invalid',
      params: { source: 'ENLACE_KEYRING', rule },
    });
  });

  it('cannot save: the operator deploys the new value', async () => {
    const source = environmentSource(encodeKeyRingForEnvironment(createKeyRing()));
    expect((await asyncProblemOf(() => source.save(createKeyRing()))).code).toBe('keyring_read_only');
  });
});
