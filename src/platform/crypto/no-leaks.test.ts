import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { encodeKeyRingForEnvironment, environmentSource } from './environment-source.ts';
import { decryptField, encryptField, reencryptField } from './field-encryption.ts';
import { addKey, createKeyRing, type KeyRing, retireKey } from './key-ring.ts';
import { parseKeyRing, parseKeyRingJson, serialiseKeyRing } from './key-ring-document.ts';
import { asyncProblemOf, problemOf } from './test-fixtures/problem-of.ts';

const PLAINTEXT = 'Guadalupe Itzel Ramírez Ochoa, CURP RAOG900101MOCMCD09';
const ring = addKey(createKeyRing());
const here = { table: 'persons', column: 'full_name', rowId: '1001' };
const token = encryptField(ring, here, PLAINTEXT);
const [, , ivText, sealedText] = token.split('.') as [string, string, string, string];

/** Every spelling of the ring's key material a careless message could contain. */
function materialOf(keyRing: KeyRing): string[] {
  const document = serialiseKeyRing(keyRing);
  const secrets = [
    ...document.keys.flatMap((key) => ('secret' in key ? [key.secret] : [])),
    document.blindIndexKey.secret,
  ];
  return secrets.flatMap((secret) => {
    const bytes = Buffer.from(secret, 'base64url');
    return [secret, bytes.toString('base64'), bytes.toString('hex'), bytes.toString('latin1')];
  });
}

const flip = (text: string) => `${text.slice(0, 2)}${text[2] === 'A' ? 'B' : 'A'}${text.slice(3)}`;

const failures = (): [string, () => unknown][] => [
  ['moved token', () => decryptField(ring, { ...here, rowId: '1002' }, token)],
  ['flipped ciphertext', () => decryptField(ring, here, token.replace(sealedText, flip(sealedText)))],
  ['flipped IV', () => decryptField(ring, here, token.replace(ivText, flip(ivText)))],
  ['truncated token', () => decryptField(ring, here, token.slice(0, -10))],
  ['unknown key', () => decryptField(ring, here, token.replace('.k2.', '.k8.'))],
  ['retired key', () => decryptField(retireKey(addKey(ring), 'k2'), here, token)],
  ['re-encryption of a moved token', () => reencryptField(addKey(ring), { ...here, column: 'alias' }, token)],
  ['invalid context', () => encryptField(ring, { ...here, table: PLAINTEXT }, PLAINTEXT)],
  ['retiring the active key', () => retireKey(ring, 'k2')],
  ['ring with a bad field', () => parseKeyRing({ ...serialiseKeyRing(ring), activeKeyId: 'k9' }, 'test')],
  ['ring with a short key', () => parseKeyRing(shortenedBlindKey(), 'test')],
  [
    'ring in broken JSON',
    () => parseKeyRingJson(JSON.stringify(serialiseKeyRing(ring)).slice(0, -3), 'test'),
  ],
];

function shortenedBlindKey() {
  const document = serialiseKeyRing(ring);
  return {
    ...document,
    blindIndexKey: { ...document.blindIndexKey, secret: document.blindIndexKey.secret.slice(1) },
  };
}

function expectNothingSecretIn(problem: Error) {
  const shown = `${problem.message} ${String(problem)} ${inspect(problem, { depth: 5 })}`;
  for (const secret of [
    PLAINTEXT,
    'Guadalupe',
    'RAOG900101MOCMCD09',
    token,
    ivText,
    sealedText,
    ...materialOf(ring),
  ]) {
    expect(shown).not.toContain(secret);
  }
}

describe('error messages', () => {
  it.each(failures())('%s: no plaintext, ciphertext or key material', (_, action) => {
    expectNothingSecretIn(problemOf(action));
  });

  it('a damaged ENLACE_KEYRING: no key material', async () => {
    const damaged = encodeKeyRingForEnvironment(ring).slice(0, -8);
    expectNothingSecretIn(await asyncProblemOf(() => environmentSource(damaged).load()));
  });
});
