import { configuredFiguresSource } from '../../modules/statistics/configured-figures-source.ts';
import { loadSettings } from '../../platform/config/config.ts';
import type { RegisterCommand } from '../command.ts';
import { registerAudit } from './audit.ts';
import { registerBackup } from './backup.ts';
import { registerDb } from './db.ts';
import { registerDemo } from './demo.ts';
import { registerExchange } from './exchange.ts';
import { registerKeys } from './keys.ts';
import { registerLink } from './link.ts';
import { registerMaintenance } from './maintenance.ts';
import { registerReferrals } from './referrals.ts';
import { reportCommand } from './report.ts';
import { registerRoute } from './route.ts';
import { registerScreen } from './screen.ts';
import { registerServe } from './serve.ts';
import { registerTransfers } from './transfers.ts';
import { registerUser } from './user.ts';
import { registerVersion } from './version.ts';

/** Every `enlace` command, in the order `--help` lists them. */
export const commands: RegisterCommand[] = [
  registerServe,
  registerDb,
  registerUser,
  registerDemo,
  registerExchange,
  registerAudit,
  registerBackup,
  registerKeys,
  registerMaintenance,
  registerScreen,
  registerRoute,
  registerTransfers,
  registerReferrals,
  registerLink,
  // Settings are read when the command runs, as every command reads them, not when the CLI loads.
  reportCommand((db, caller, year, options) =>
    configuredFiguresSource(loadSettings(process.env))(db, caller, year, options),
  ),
  registerVersion,
];
