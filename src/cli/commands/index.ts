import type { RegisterCommand } from '../command.ts';
import { registerVersion } from './version.ts';

/** Every `enlace` command, in the order `--help` lists them. */
export const commands: RegisterCommand[] = [registerVersion];
