import { actAs } from '../modules/cases/act-as.ts';
import type { Database } from '../platform/db/database.ts';
import type { Translate } from '../platform/i18n/translate.ts';
import { CliError, EXIT } from './exit-codes.ts';

/** The account `--as` names, or a usage error saying it does not exist or is disabled. */
export async function accountOf(database: Database, username: string, requestId: string, t: Translate) {
  const caller = await actAs(database, username, requestId);
  if (!caller) throw new CliError(t('cli:actAs.unknown', { username }), EXIT.usage);
  return caller;
}
