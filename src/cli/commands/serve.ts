import { InvalidArgumentError } from 'commander';
import { loadSettings } from '../../platform/config/config.ts';
import { startServer } from '../../platform/server.ts';
import type { RegisterCommand } from '../command.ts';
import { describeNotice } from '../startup-errors.ts';

export const parsePort = (value: string): number => {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('0-65535');
  return port;
};

export const registerServe: RegisterCommand = (program, { t, err }) => {
  program
    .command('serve')
    .description(t('cli:serve.description'))
    .option('-p, --port <port>', t('cli:serve.port'), parsePort)
    .option('--host <host>', t('cli:serve.host'))
    .option('--demo', t('cli:serve.demo'), false)
    .option('--dev', t('cli:serve.dev'), false)
    .action(async (options: { port?: number; host?: string; demo: boolean; dev: boolean }) => {
      const base = loadSettings(process.env);
      const settings = { ...base, port: options.port ?? base.port, host: options.host ?? base.host };
      const server = await startServer({
        settings,
        demo: options.demo,
        ...(options.dev ? { webRoot: false as const } : {}),
      });
      for (const notice of server.database.notices) {
        err.write(`${describeNotice(notice, server.database.dataDir ?? '', t)}\n`);
      }
      err.write(`${t('cli:serve.listening', { url: server.url })}\n`);
      await untilSignalled();
      err.write(`${t('cli:serve.stopping')}\n`);
      await server.close();
      err.write(`${t('cli:serve.stopped')}\n`);
    });
};

/** Resolves on the first SIGINT or SIGTERM; a second one while stopping exits at once. */
function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
