import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServeProcess, stopServeProcess } from '../support/cli.ts';
import { client } from '../support/test-app.ts';

const PASSWORD = 'contraseña de prueba larga';
let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-embedded-'));
  env = { ENLACE_DATA_DIR: dataDir, ENLACE_PORT: '0' };
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const stop = stopServeProcess;

describe('enlace serve with the embedded database', () => {
  it('creates a durable cluster, refuses a second server, serves admin commands and stops cleanly', async () => {
    const server = await startServeProcess([], env);
    try {
      expect(server.output()).toContain(`Base de datos integrada creada en ${dataDir}`);
      const secrets = await stat(path.join(dataDir, 'secrets.json'));
      expect(secrets.mode & 0o777).toBe(0o600);
      expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);

      const second = await runCli(['serve'], { env });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(
        `otro proceso de Enlace (PID ${server.child.pid}) ya usa la carpeta de datos`,
      );

      const created = await runCli(
        ['user', 'create', '-u', 'persistente', '-n', 'Persistente', '-a', 'ENLACE', '--password-stdin'],
        {
          env,
          input: PASSWORD,
        },
      );
      expect(created.code).toBe(0);
    } finally {
      expect(await stop(server)).toBe(0);
    }
    await expect(stat(path.join(dataDir, 'enlace.lock'))).rejects.toThrow();

    const restarted = await startServeProcess([], env);
    try {
      expect(restarted.output()).not.toContain('creada');
      const session = client(restarted.baseUrl);
      const signIn = await session.call('POST', '/api/v1/session', {
        username: 'persistente',
        password: PASSWORD,
      });
      expect(signIn.status).toBe(200);
    } finally {
      await stop(restarted);
    }
  });

  it('says which port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = await runCli(['serve', '--port', String(port)], { env });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`el puerto ${port} ya está en uso`);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    } finally {
      blocker.close();
    }
  });

  it('refuses a data directory that holds something else', async () => {
    const foreign = await mkdtemp(path.join(os.tmpdir(), 'enlace-foreign-'));
    await writeFile(path.join(foreign, 'postgres'), 'not a cluster');
    try {
      const result = await runCli(['db', 'status'], { env: { ENLACE_DATA_DIR: foreign } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`la carpeta ${path.join(foreign, 'postgres')} no está vacía`);
    } finally {
      await rm(foreign, { recursive: true, force: true });
    }
  });

  it.runIf(process.getuid?.() === 0)(
    'as root, explains a chosen data directory the postgres user cannot reach',
    async () => {
      const privateParent = await mkdtemp(path.join(os.homedir(), 'enlace-private-'));
      try {
        const result = await runCli(['db', 'status'], {
          env: { ENLACE_DATA_DIR: path.join(privateParent, 'datos') },
        });
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('se ejecuta como el usuario del sistema «postgres»');
        expect(result.stderr).toContain('ENLACE_DATA_DIR');
      } finally {
        await rm(privateParent, { recursive: true, force: true });
      }
    },
  );
});

describe('running as root from a private folder', () => {
  it.runIf(process.getuid?.() === 0)(
    'moves the default data folder where postgres can reach it, and says so',
    async () => {
      const privateProject = await mkdtemp(path.join(os.homedir(), 'enlace-clone-'));
      let movedTo: string | undefined;
      try {
        const result = await runCli(['db', 'status'], { cwd: privateProject });
        expect(result.code).toBe(0);
        const notice = /no puede entrar en (\S+); los datos se guardan en (\S+) \(/.exec(result.stderr);
        expect(notice?.[1]).toBe(path.join(privateProject, 'var'));
        movedTo = notice?.[2];
        expect(movedTo).toMatch(/^\/var\/lib\/enlace\/data-[0-9a-f]{12}$/);
        expect(result.stdout).toMatch(/0001\s+accounts_and_sessions/);
      } finally {
        await rm(privateProject, { recursive: true, force: true });
        if (movedTo) await rm(movedTo, { recursive: true, force: true });
      }
    },
  );
});

describe('crash safety', () => {
  const signInLoop = async (baseUrl: string, acknowledged: string[], stopAt: () => boolean) => {
    while (!stopAt()) {
      const session = client(baseUrl);
      const response = await session
        .call('POST', '/api/v1/session', { username: 'persistente', password: PASSWORD })
        .catch(() => undefined);
      if (response?.status === 200) acknowledged.push(session.cookie()!);
    }
  };

  const verifyAcknowledged = async (acknowledged: string[]) => {
    const server = await startServeProcess([], env);
    try {
      for (const cookie of acknowledged) {
        const session = client(server.baseUrl);
        session.setCookie(cookie);
        expect((await session.call('GET', '/api/v1/session')).status).toBe(200);
      }
    } finally {
      await stop(server);
    }
  };

  for (const victim of ['postgres', 'enlace'] as const) {
    it(`keeps every acknowledged write when ${victim} is killed with SIGKILL mid-write`, async () => {
      const server = await startServeProcess([], env);
      const acknowledged: string[] = [];
      let killed = false;
      const writers = Array.from({ length: 4 }, () => signInLoop(server.baseUrl, acknowledged, () => killed));
      while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 20));
      if (victim === 'postgres') {
        const postmaster = Number(
          (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0],
        );
        process.kill(postmaster, 'SIGKILL');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      server.child.kill('SIGKILL');
      killed = true;
      await Promise.all(writers);
      await server.exited;
      expect(acknowledged.length).toBeGreaterThanOrEqual(20);
      await verifyAcknowledged(acknowledged);
    });
  }
});
