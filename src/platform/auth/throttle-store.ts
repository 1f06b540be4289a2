import { type Kysely, sql, type Transaction } from 'kysely';
import type { Schema } from '../db/schema.ts';
import {
  type Assessment,
  assessAttempt,
  type Counter,
  countedScopes,
  knownAddressSince,
  NO_FAILURES,
  THROTTLE_RULES,
  type ThrottleFactor,
  type ThrottleScope,
} from './throttle-policy.ts';
import type { ThrottleSubjects } from './throttle-subjects.ts';

/**
 * Decides an attempt and, when it may go ahead, counts it as a failure, all under row locks in one
 * transaction: every Enlace process sees the same counts, and parallel attempts queue on the rows
 * instead of all reading "no failures yet". Rows are created and locked in one fixed scope order.
 */
export function reserveAttempt(
  db: Kysely<Schema>,
  factor: ThrottleFactor,
  subjects: ThrottleSubjects,
  fromKnownAddress: boolean,
  now: Date,
): Promise<Assessment> {
  return db.transaction().execute(async (trx) => {
    const scopes = countedScopes(fromKnownAddress);
    await trx
      .insertInto('sign_in_throttle')
      .values(scopes.map((scope) => ({ factor, scope, subject: subjects[scope] })))
      .onConflict((conflict) => conflict.columns(['factor', 'scope', 'subject']).doNothing())
      .execute();
    const rows = await trx
      .selectFrom('sign_in_throttle')
      .select(['scope', 'failures', 'last_failure_at', 'blocked_until'])
      .where('factor', '=', factor)
      .where((eb) => eb.or(scopes.map((scope) => eb.and({ scope, subject: subjects[scope] }))))
      .orderBy('scope')
      .forUpdate()
      .execute();
    const counters = { pair: NO_FAILURES, address: NO_FAILURES, account: NO_FAILURES };
    for (const row of rows) {
      counters[row.scope] = {
        failures: row.failures,
        lastFailureAt: row.last_failure_at,
        blockedUntil: row.blocked_until,
      };
    }
    const assessment = assessAttempt(counters, fromKnownAddress, now);
    if (assessment.verdict === 'allowed') {
      for (const scope of scopes)
        await writeCounter(trx, factor, scope, subjects[scope], assessment.counted[scope]!);
    }
    return assessment;
  });
}

/**
 * An upsert rather than an update: the purge (purge-sign-in-data.ts) may delete a forgotten row after
 * the insert above found it and before it was locked, and the failure must be counted all the same.
 */
function writeCounter(
  trx: Transaction<Schema>,
  factor: ThrottleFactor,
  scope: ThrottleScope,
  subject: string,
  counter: Counter,
) {
  const values = {
    failures: counter.failures,
    last_failure_at: counter.lastFailureAt,
    blocked_until: counter.blockedUntil,
  };
  return trx
    .insertInto('sign_in_throttle')
    .values({ factor, scope, subject, ...values })
    .onConflict((conflict) => conflict.columns(['factor', 'scope', 'subject']).doUpdateSet(values))
    .execute();
}

/**
 * The attempt proved the factor: the account's and the pair's failures are cleared. The address keeps
 * its other failures (one's own success must not wipe the guesses made at other accounts from there);
 * only this attempt's provisional count is taken back.
 */
export async function settleSuccess(
  trx: Transaction<Schema>,
  factor: ThrottleFactor,
  subjects: ThrottleSubjects,
  fromKnownAddress: boolean,
): Promise<void> {
  await trx
    .deleteFrom('sign_in_throttle')
    .where('factor', '=', factor)
    .where((eb) =>
      eb.or([
        eb.and({ scope: 'account', subject: subjects.account }),
        eb.and({ scope: 'pair', subject: subjects.pair }),
      ]),
    )
    .execute();
  if (fromKnownAddress) return;
  const free = THROTTLE_RULES.address.free;
  await trx
    .updateTable('sign_in_throttle')
    .set({
      failures: sql`greatest(failures - 1, 0)`,
      blocked_until: sql`CASE WHEN failures - 1 <= ${free} THEN NULL ELSE blocked_until END`,
    })
    .where('factor', '=', factor)
    .where('scope', '=', 'address')
    .where('subject', '=', subjects.address)
    .execute();
}

/** Whether the account completed a sign-in from this address within the last KNOWN_ADDRESS_DAYS. */
export async function isKnownAddress(db: Kysely<Schema>, pairSubject: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('sign_in_known_addresses')
    .select('subject')
    .where('subject', '=', pairSubject)
    .where('last_success_at', '>', knownAddressSince(now))
    .executeTakeFirst();
  return row !== undefined;
}

export async function rememberAddress(
  trx: Transaction<Schema>,
  pairSubject: string,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('sign_in_known_addresses')
    .values({ subject: pairSubject, last_success_at: now })
    .onConflict((conflict) => conflict.column('subject').doUpdateSet({ last_success_at: now }))
    .execute();
}
