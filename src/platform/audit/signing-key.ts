import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The Ed25519 key that signs audit checkpoints. Servers pass it in ENLACE_AUDIT_SIGNING_KEY (PKCS#8
 * PEM); the embedded database keeps it beside its other keys, readable only by this user.
 */
export async function loadSigningKey(
  env: NodeJS.ProcessEnv,
  dataDir: string | undefined,
): Promise<KeyObject> {
  if (env.ENLACE_AUDIT_SIGNING_KEY) return createPrivateKey(env.ENLACE_AUDIT_SIGNING_KEY);
  if (!dataDir) throw new Error('ENLACE_AUDIT_SIGNING_KEY is required with an external database');
  const folder = path.join(dataDir, 'keys');
  const file = path.join(folder, 'audit-signing-key.pem');
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing) return createPrivateKey(existing);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700);
  const { privateKey } = generateKeyPairSync('ed25519');
  await writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return privateKey;
}
