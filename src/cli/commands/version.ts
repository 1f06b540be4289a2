import { readFileSync } from 'node:fs';
import type { RegisterCommand } from '../command.ts';

export const registerVersion: RegisterCommand = (program, { t, out }) => {
  program
    .command('version')
    .description(t('cli:version.description'))
    .action(() => {
      const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
      out.write(`enlace ${manifest.version} (Node.js ${process.versions.node})\n`);
    });
};
