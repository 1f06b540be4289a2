import type { Kysely } from 'kysely';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { Translate } from '../../platform/i18n/translate.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { readHtcdsCsv } from './htcds/read-htcds-csv.ts';
import { type ImportSummary, importRead } from './import-bundle.ts';

/** Imports an HTCDS CSV through the bundle's plan and write: same checks, ids and all or nothing. */
export const importHtcdsCsv = (
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  text: string,
  t: Translate,
): Promise<ImportSummary> => importRead(deps, caller, (csv) => readHtcdsCsv(csv, t), text, t);
