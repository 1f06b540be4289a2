import { existsSync } from 'node:fs';
import { chmod, chown, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ServerIdentity } from './os-user.ts';

/** The longest socket path Linux accepts (`sun_path` less its closing zero byte). */
const MAX_SOCKET_PATH = 107;

const socketFile = (folder: string, port: number) => path.join(folder, `.s.PGSQL.${port}`);

/**
 * Where the private server puts its Unix-domain socket: `dataDir/socket`, or nowhere when that path
 * would be too long for a socket or holds a character PostgreSQL reads as a list separator or quote
 * (`unix_socket_directories` is a list), and then every connection uses TCP on 127.0.0.1. Local connections
 * through the socket cost less than through TCP, in the application and in the server
 * (docs/benchmarks.md, "Case read latency").
 */
export function socketDirOf(dataDir: string): string | undefined {
  const folder = path.join(path.resolve(dataDir), 'socket');
  const usable = socketFile(folder, 65535).length <= MAX_SOCKET_PATH && !/[,"]/.test(folder);
  return usable ? folder : undefined;
}

/**
 * Creates the socket folder for the server's user, closed to everyone else: only that user and root,
 * which Enlace runs as when the server runs as `postgres`, may connect through it.
 */
export async function prepareSocketDir(folder: string, identity: ServerIdentity): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700);
  if (identity) await chown(folder, identity.uid, identity.gid);
}

/** The host to connect to a server on `port`: its socket folder when the socket is there, else TCP. */
export function embeddedHost(dataDir: string, port: number): string {
  const folder = socketDirOf(dataDir);
  return folder && existsSync(socketFile(folder, port)) ? folder : '127.0.0.1';
}
