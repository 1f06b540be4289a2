import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const ENLACE_BIN = path.resolve(import.meta.dirname, '../../bin/enlace.mjs');

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Environment for a child `enlace`: none of the developer's database or language settings leak in. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const {
    DATABASE_URL: _a,
    DATABASE_APP_URL: _b,
    ENLACE_DATA_DIR: _c,
    ENLACE_LANG: _d,
    ...rest
  } = process.env;
  return { ...rest, LANG: 'C.UTF-8', ENLACE_LOG_LEVEL: 'warn', ...extra };
}

export function runCli(
  args: string[],
  options: { env?: Record<string, string>; input?: string; cwd?: string } = {},
) {
  return new Promise<CliResult>((resolve, reject) => {
    const child = spawn(process.execPath, [ENLACE_BIN, ...args], {
      env: cleanEnv(options.env),
      cwd: options.cwd,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export type ServerProcess = {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  exited: Promise<number | null>;
};

/** Starts `enlace serve` and resolves once it says it is listening (or rejects with its output). */
export function startServeProcess(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENLACE_BIN, 'serve', ...args], { env: cleanEnv(env) });
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /(?:escucha en|listening on) (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, baseUrl: match[1]!, output: () => output, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    exited.then((code) => reject(new Error(`enlace serve exited with ${code}: ${output}`)));
  });
}

/** Stops a server started by `startServeProcess` the way an operator would, and waits for it. */
export async function stopServeProcess(server: ServerProcess): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}
