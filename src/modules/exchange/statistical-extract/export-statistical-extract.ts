import { type Kysely, sql } from 'kysely';
import type { StatisticsConsentPolicy } from '../../../contracts/statistics-consent.ts';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import type { Schema } from '../../../platform/db/schema.ts';
import { withActor } from '../../../platform/db/with-actor.ts';
import { ProblemError } from '../../../platform/http/problem.ts';
import type { CaseCaller } from '../../cases/case-actor.ts';
import type { ExportFormat } from '../export-bundle.ts';
import { extractCsv } from './extract-csv.ts';
import { EXTRACT_FORMAT, EXTRACT_VERSION } from './extract-format.ts';
import { type ExtractLine, type ExtractRow, extractLines } from './extract-lines.ts';
import { pseudonymiser } from './pseudonyms.ts';

export type ExtractOptions = {
  format: ExportFormat;
  /** Names the use of the extract; pseudonyms differ from one purpose to another. */
  purpose: string;
  policy: StatisticsConsentPolicy;
};

/**
 * A statistician's de-identified export of every kind of the country's case records (migrations 0032
 * and 0039): no field that identifies a person, keyed pseudonyms instead of ids, survivors' and
 * witnesses' records only with their consent for statistics in force today. Audited with its purpose
 * and counts.
 */
export async function exportStatisticalExtract(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  options: ExtractOptions,
  now = new Date(),
): Promise<string> {
  if (!caller.roles.includes('statistician')) throw new ProblemError(403, 'export_not_allowed');
  const asOf = now.toISOString().slice(0, 10);
  const lines = await withActor(deps.db, caller, async (trx) => {
    const { rows } = await sql<ExtractRow>`SELECT * FROM enlace_statistical_extract(${asOf}::date)`.execute(
      trx,
    );
    const extracted = extractLines(rows, options.policy, pseudonymiser(deps.keyRing, options.purpose));
    const counted = (type: ExtractLine['type']) => extracted.filter((line) => line.type === type).length;
    await recordAudit(trx, {
      action: 'case.export',
      details: {
        format: options.format,
        deidentified: true,
        purpose: options.purpose,
        consentPolicy: options.policy,
        cases: counted('case'),
        people: counted('person'),
        records: extracted.length - counted('case') - counted('person'),
        identities: false,
      },
    });
    return extracted;
  });
  if (options.format === 'htcds-csv') return extractCsv(lines);
  const header = {
    type: EXTRACT_FORMAT,
    version: EXTRACT_VERSION,
    exportedAt: now.toISOString(),
    purpose: options.purpose,
    consentPolicy: options.policy,
  };
  return `${[header, ...lines].map((line) => JSON.stringify(line)).join('\n')}\n`;
}
