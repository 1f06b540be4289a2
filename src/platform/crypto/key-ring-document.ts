import { createSecretKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { CryptoProblem } from './crypto-problem.ts';
import { isLive, type KeyRing, type MasterKey } from './key-ring.ts';

const KEYRING_FORMAT = 'enlace-keyring/1';

// Key ids appear inside tokens, whose parts are separated by dots: the base64url alphabet only.
const keyId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const secret = z.string().regex(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url without padding
const timestamp = z.iso.datetime();

const liveKey = z.strictObject({ id: keyId, created: timestamp, secret });
const retiredKey = z.strictObject({ id: keyId, created: timestamp, retired: timestamp });

const keyRingDocument = z
  .strictObject({
    format: z.literal(KEYRING_FORMAT),
    activeKeyId: keyId,
    keys: z.array(z.union([liveKey, retiredKey])).min(1),
    blindIndexKey: z.strictObject({ created: timestamp, secret }),
  })
  .superRefine((ring, context) => {
    const ids = ring.keys.map((key) => key.id);
    if (new Set(ids).size !== ids.length)
      context.addIssue({ code: 'custom', path: ['keys'], message: 'duplicate_id' });
    const active = ring.keys.find((key) => key.id === ring.activeKeyId);
    if (!active || !('secret' in active))
      context.addIssue({ code: 'custom', path: ['activeKeyId'], message: 'not_a_live_key' });
    if (ring.keys.some((key) => 'secret' in key && key.secret === ring.blindIndexKey.secret))
      context.addIssue({ code: 'custom', path: ['blindIndexKey'], message: 'reuses_a_master_key' });
  });

/** The JSON form kept in a key file, an environment variable or a KMS. */
export type KeyRingDocument = z.infer<typeof keyRingDocument>;

/**
 * Validates a ring read from `source`. The error names the source, the field and the rule broken,
 * never the value (it may be key material).
 */
export function parseKeyRing(document: unknown, source: string): KeyRing {
  const parsed = keyRingDocument.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || '(root)';
    const rule = issue.code === 'custom' ? issue.message : issue.code;
    throw new CryptoProblem('keyring_invalid', { source, field, rule });
  }
  const toSecret = (text: string) => createSecretKey(Buffer.from(text, 'base64url'));
  const keys = parsed.data.keys.map(
    (key): MasterKey => ('secret' in key ? { ...key, secret: toSecret(key.secret) } : key),
  );
  const { activeKeyId, blindIndexKey } = parsed.data;
  return {
    activeKeyId,
    keys,
    blindIndexKey: { created: blindIndexKey.created, secret: toSecret(blindIndexKey.secret) },
  };
}

export function serialiseKeyRing(ring: KeyRing): KeyRingDocument {
  const toText = (secret: KeyObject) => secret.export().toString('base64url');
  return {
    format: KEYRING_FORMAT,
    activeKeyId: ring.activeKeyId,
    keys: ring.keys.map((key) =>
      isLive(key) ? { id: key.id, created: key.created, secret: toText(key.secret) } : key,
    ),
    blindIndexKey: { created: ring.blindIndexKey.created, secret: toText(ring.blindIndexKey.secret) },
  };
}

/** Parses a ring kept as JSON text. JSON.parse's own message quotes the input, so it is never kept. */
export function parseKeyRingJson(text: string, source: string): KeyRing {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new CryptoProblem('keyring_invalid', { source, field: '(root)', rule: 'json' });
  }
  return parseKeyRing(document, source);
}

export const keyRingJson = (ring: KeyRing): string => `${JSON.stringify(serialiseKeyRing(ring), null, 2)}\n`;
