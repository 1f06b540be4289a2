import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../../platform/db/schema.ts';

/**
 * How many distinct people the given survivor records describe: records linked into one person
 * cluster count once, records not linked yet count one each. Works under any actor, statisticians
 * included (a SECURITY DEFINER function that returns only the number), so figures count people
 * without anyone learning which records are whose.
 */
export async function distinctPersonCount(
  trx: Transaction<Schema>,
  personIds: readonly string[],
): Promise<number> {
  if (personIds.length === 0) return 0;
  const result = await sql<{ count: string }>`
    SELECT enlace_distinct_person_count(${personIds}::uuid[]) AS count`.execute(trx);
  return Number(result.rows[0]!.count);
}
