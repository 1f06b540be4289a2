import { describe, expect, it } from 'vitest';
import { addKey, createKeyRing, liveKey, retireKey } from './key-ring.ts';
import {
  type KeyRingDocument,
  parseKeyRing,
  parseKeyRingJson,
  serialiseKeyRing,
} from './key-ring-document.ts';
import { fixedRingDocument } from './test-fixtures/fixed-ring.ts';
import { problemOf } from './test-fixtures/problem-of.ts';

const secretOf = (byte: number) => Buffer.alloc(32, byte).toString('base64url');
const edited = (change: (document: Record<string, unknown>) => void): unknown => {
  const document = structuredClone(fixedRingDocument()) as unknown as Record<string, unknown>;
  change(document);
  return document;
};
const keysOf = (document: Record<string, unknown>) => document.keys as Record<string, unknown>[];

describe('key ring document', () => {
  it('serialises a ring and parses it back with the same keys', () => {
    const ring = retireKey(addKey(addKey(createKeyRing())), 'k1');
    const document: KeyRingDocument = serialiseKeyRing(ring);
    const parsed = parseKeyRing(JSON.parse(JSON.stringify(document)), 'test');
    expect(serialiseKeyRing(parsed)).toEqual(document);
    expect(liveKey(parsed, 'k3').secret.equals(liveKey(ring, 'k3').secret)).toBe(true);
  });

  it('accepts a ring written by hand or by a KMS', () => {
    expect(parseKeyRing(fixedRingDocument(), 'test').activeKeyId).toBe('kms-2');
  });

  it.each([
    ['another format', edited((d) => (d.format = 'enlace-keyring/9')), 'format'],
    ['no keys', edited((d) => (d.keys = [])), 'keys'],
    ['an active key it does not hold', edited((d) => (d.activeKeyId = 'kms-9')), 'activeKeyId'],
    ['a retired active key', edited((d) => (d.activeKeyId = 'kms-1')), 'activeKeyId'],
    ['two keys with one id', edited((d) => (keysOf(d)[0]!.id = 'kms-2')), 'keys'],
    ['a key id with a dot', edited((d) => (keysOf(d)[1]!.id = 'kms.2')), 'keys.1.id'],
    ['a 128-bit key', edited((d) => (keysOf(d)[1]!.secret = secretOf(3).slice(0, 22))), 'keys.1.secret'],
    ['a key without a creation date', edited((d) => delete keysOf(d)[1]!.created), 'keys.1'],
    ['a retired key that kept its material', edited((d) => (keysOf(d)[0]!.secret = secretOf(3))), 'keys.0'],
    ['an unknown property', edited((d) => (d.note = 'x')), '(root)'],
    ['no blind-index key', edited((d) => delete d.blindIndexKey), 'blindIndexKey'],
    [
      'a blind-index key equal to a master key',
      edited((d) => (keysOf(d)[1]!.secret = secretOf(2))),
      'blindIndexKey',
    ],
    ['not an object', 'keyring', '(root)'],
  ])('refuses %s, naming the field', (_, document, field) => {
    expect(problemOf(() => parseKeyRing(document, 'test'))).toMatchObject({
      code: 'keyring_invalid',
      params: { source: 'test', field },
    });
  });

  it('refuses broken JSON without quoting it', () => {
    const text = `{"blindIndexKey": {"secret": "${secretOf(9)}"`;
    const problem = problemOf(() => parseKeyRingJson(text, 'keyring.json'));
    expect(problem).toMatchObject({ code: 'keyring_invalid', params: { rule: 'json' } });
    expect(problem.message).not.toContain(secretOf(9));
    expect(problem.cause).toBeUndefined();
  });
});
