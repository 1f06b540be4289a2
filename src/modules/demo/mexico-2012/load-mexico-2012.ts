import { sql } from 'kysely';
import { createAgency } from '../../../platform/access/create-agency.ts';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import type { Database } from '../../../platform/db/database.ts';
import { withActor } from '../../../platform/db/with-actor.ts';
import { ProblemError } from '../../../platform/http/problem.ts';
import type { Translate } from '../../../platform/i18n/translate.ts';
import type { CaseCaller } from '../../cases/case-actor.ts';
import { importBundle } from '../../exchange/import-bundle.ts';
import { refreshLinkage } from '../../linkage/database/refresh-linkage.ts';
import {
  type PreventionActivityRequest,
  preventionActivityRequest,
} from '../../statistics/prevention-contract.ts';
import { recordPreventionActivity } from '../../statistics/record-prevention-activity.ts';
import { loadDemoDirectory, loadProviders } from '../load-demo-directory.ts';
import { loaderFor } from '../load-scaled-demo.ts';
import { mexico2012Bundles } from './bundles.ts';
import { MEXICO_2012_AGENCIES, VICTIM_UNIT, VICTIM_UNIT_PROVIDER } from './institutions.ts';
import { PREVENTION_ACTIVITIES, REFERRAL_BATCHES } from './plan.ts';
import { referSurvivors } from './refer-survivors.ts';

export type Mexico2012Result = {
  /** False when the data set was there already: nothing was added. */
  loaded: boolean;
  cases: number;
  people: number;
  records: number;
  referrals: number;
  activities: number;
  survivorRecords: number;
  distinctSurvivors: number;
};

/**
 * The mexico-2012 data set (plan.ts, targets.ts): each institution's cases imported through the
 * ordinary importer by a disabled loader account of that institution, referrals sent and accepted
 * through the referral use-cases, prevention activities recorded through theirs, then a record-linkage
 * run so that the people several agencies recorded are linked. Each step skips what is there already,
 * so loading it again (or after an interrupted load) adds only what is missing.
 */
/** Whether the recorder's agency logged this activity already (same kind, day, state and audience). */
async function preventionActivityRecorded(
  database: Database,
  recorder: CaseCaller,
  activity: PreventionActivityRequest,
): Promise<boolean> {
  const found = await withActor(database.db, recorder, (trx) =>
    trx
      .selectFrom('prevention_activities')
      .select('id')
      .where('agency_id', '=', recorder.agencyId)
      .where('activity_type', '=', activity.activityType)
      .where('held_on', '=', sql<Date>`${activity.heldOn}::date`)
      .where('audience', '=', activity.audience)
      .where(sql<boolean>`state_code IS NOT DISTINCT FROM ${activity.stateCode ?? null}::text`)
      .executeTakeFirst(),
  );
  return found !== undefined;
}

export async function loadMexico2012(
  database: Database,
  keyRing: KeyRing,
  t: Translate,
  onProgress?: (done: number, total: number) => void,
): Promise<Mexico2012Result> {
  for (const agency of MEXICO_2012_AGENCIES)
    await createAgency(database.db, agency).catch((error) => {
      if (!(error instanceof ProblemError && error.code === 'agency_code_taken')) throw error;
    });
  await loadDemoDirectory(database);
  await loadProviders(database, [VICTIM_UNIT], [VICTIM_UNIT_PROVIDER]);
  const loaders = new Map<string, Promise<CaseCaller>>();
  const loader = (agencyCode: string) => {
    const known = loaders.get(agencyCode) ?? loaderFor(database, agencyCode);
    loaders.set(agencyCode, known);
    return known;
  };
  const plan = mexico2012Bundles();
  const result: Mexico2012Result = {
    loaded: false,
    cases: 0,
    people: 0,
    records: 0,
    referrals: 0,
    activities: 0,
    survivorRecords: plan.survivorRecords,
    distinctSurvivors: plan.distinctSurvivors,
  };
  const steps = plan.linesByAgency.size + REFERRAL_BATCHES.length + 2;
  let done = 0;
  for (const [agencyCode, lines] of plan.linesByAgency) {
    const text = [{ type: 'enlace-bundle', version: 1 }, ...lines]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const summary = await importBundle({ db: database.db, keyRing }, await loader(agencyCode), text, t);
    result.cases += summary.created.cases;
    result.people += summary.created.people;
    result.records += summary.created.records;
    onProgress?.(++done, steps);
  }
  for (const batch of REFERRAL_BATCHES) {
    const survivors = plan.survivors.get(batch.group);
    if (!survivors) throw new Error(`No case group ${batch.group}`);
    const sender = await loader(survivors.agency);
    const provider = await loader(batch.provider);
    result.referrals += await referSurvivors(database, batch, survivors.ids, sender, provider);
    onProgress?.(++done, steps);
  }
  for (const { agency, source: _source, ...planned } of PREVENTION_ACTIVITIES) {
    const activity = preventionActivityRequest.parse(planned);
    const recorder = await loader(agency);
    if (await preventionActivityRecorded(database, recorder, activity)) continue;
    await recordPreventionActivity(database.db, recorder, activity);
    result.activities++;
  }
  result.loaded = result.cases + result.people + result.records + result.referrals + result.activities > 0;
  onProgress?.(++done, steps);
  await refreshLinkage(database.db, keyRing, { train: true });
  onProgress?.(++done, steps);
  return result;
}
