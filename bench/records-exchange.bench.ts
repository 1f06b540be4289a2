import { exportBundle } from '../src/modules/exchange/export-bundle.ts';
import { exportHtcdsCsv } from '../src/modules/exchange/export-htcds-csv.ts';
import { importBundle } from '../src/modules/exchange/import-bundle.ts';
import { createKeyRing } from '../src/platform/crypto/key-ring.ts';
import { translatorFor } from '../src/platform/i18n/translate.ts';
import { benchProsecutor, secondsOf, twoDecimals } from './support/import-caller.ts';
import { scratchDatabase } from './support/scratch-database.ts';

const STATES = ['CHP', 'PUE', 'CMX', 'MEX', 'VER', 'OAX', 'JAL', 'BCN', 'GRO', 'ROO', 'TLA', 'NLE'];

/**
 * Record lines through the importer and out again: a bundle of cases with a survivor, a suspect and
 * eight case records each (exploitation, suspect role, proceeding, charge, verdict, protection measure,
 * testimony decision, consent), imported by a prosecutor in one transaction, then exported as a bundle
 * and as an HTCDS CSV. Seconds per phase and records per second; compare runs made back to back.
 */
export async function recordsExchange({ cases = 1000 }: { cases?: number } = {}) {
  const options = { cases };
  const database = await scratchDatabase(4);
  try {
    const caller = await benchProsecutor(database);
    const deps = { db: database.db, keyRing: createKeyRing() };
    const text = bundleOf(options.cases);
    const records = options.cases * RECORDS_PER_CASE;
    const importSeconds = await secondsOf(() => importBundle(deps, caller, text, translatorFor('en')));
    const exportOptions = { identities: false };
    const exportSeconds = await secondsOf(() =>
      exportBundle(deps, { ...caller, agencyCode: 'FGE-PUE' }, exportOptions),
    );
    const csvSeconds = await secondsOf(() => exportHtcdsCsv(deps, caller, exportOptions));
    return {
      name: 'record lines: import and export',
      cases: options.cases,
      records,
      importSeconds: twoDecimals(importSeconds),
      importRecordsPerSecond: Math.round(records / importSeconds),
      exportBundleSeconds: twoDecimals(exportSeconds),
      exportCsvSeconds: twoDecimals(csvSeconds),
      exportCasesPerSecond: Math.round(options.cases / exportSeconds),
    };
  } finally {
    await database.close();
  }
}

const RECORDS_PER_CASE = 8;

function bundleOf(cases: number): string {
  const lines: unknown[] = [{ type: 'enlace-bundle', version: 1 }];
  for (let index = 0; index < cases; index++) {
    const c = `c${index}`;
    const year = 2012 + (index % 10);
    lines.push(
      {
        type: 'case',
        id: c,
        stateCode: STATES[index % STATES.length],
        status: 'prosecution',
        openedOn: `${year}-03-01`,
      },
      {
        type: 'person',
        id: `${c}-s`,
        case: c,
        role: 'survivor',
        sex: 'female',
        birthYear: 1990 + (index % 15),
      },
      { type: 'person', id: `${c}-i`, case: c, role: 'suspect', sex: 'male' },
      {
        type: 'exploitation',
        id: `${c}-e`,
        case: c,
        person: `${c}-s`,
        forms: ['labour_exploitation'],
        sector: 'A',
        exploitation: { countryCode: 'MX', stateCode: 'CHP', date: `${year}-01` },
        methodsOfControl: ['debt_bondage'],
      },
      {
        type: 'suspectRole',
        id: `${c}-r`,
        case: c,
        person: `${c}-i`,
        processRoles: ['recruiter'],
        publicOfficial: false,
      },
      {
        type: 'legalProceeding',
        id: `${c}-g`,
        case: c,
        investigationOpenedOn: `${year}-03-02`,
        prosecutionInitiatedOn: `${year}-06-01`,
      },
      {
        type: 'charge',
        id: `${c}-h`,
        case: c,
        proceeding: `${c}-g`,
        person: `${c}-i`,
        lawArticle: '21',
        form: 'labour_exploitation',
        chargedOn: `${year}-06-01`,
      },
      {
        type: 'verdict',
        id: `${c}-v`,
        case: c,
        charge: `${c}-h`,
        outcome: 'conviction',
        decidedOn: `${year}-11-30`,
        prisonYears: 10,
        prisonMonths: 0,
      },
      {
        type: 'protectionMeasure',
        id: `${c}-m`,
        case: c,
        person: `${c}-s`,
        kind: 'immigration_relief',
        relief: 'humanitarian_visa',
        status: 'granted',
        requestedOn: `${year}-03-10`,
        resolvedOn: `${year}-04-20`,
      },
      {
        type: 'testimonyDecision',
        id: `${c}-t`,
        case: c,
        person: `${c}-s`,
        decision: 'will_testify',
        voluntary: true,
        decidedOn: `${year}-03-20`,
      },
      {
        type: 'consent',
        id: `${c}-k`,
        case: c,
        person: `${c}-s`,
        scopes: ['statistics'],
        givenOn: `${year}-03-03`,
      },
    );
  }
  return `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;
}
