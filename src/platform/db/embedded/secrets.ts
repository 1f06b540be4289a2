import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Passwords of the embedded cluster's roles, generated once and readable only by this user. */
export type ClusterSecrets = { superuser: string; owner: string; app: string };

const generate = (): string => randomBytes(24).toString('base64url');

export async function loadOrCreateSecrets(dataDir: string): Promise<ClusterSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing !== undefined) {
    await chmod(file, 0o600);
    return JSON.parse(existing) as ClusterSecrets;
  }
  const secrets: ClusterSecrets = { superuser: generate(), owner: generate(), app: generate() };
  await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return secrets;
}
