import type { CaseStatus } from '../../cases/schema.ts';
import type { ExploitationForm } from '../../exploitation/forms.ts';
import type { LawArticle } from '../../legal/general-law.ts';
import { type Random, weighted } from './random-tools.ts';

/**
 * The records a synthetic case holds besides its people, as bundle lines: what each survivor suffered,
 * what each suspect did, the legal track as far as the case's status has gone, protection measures and
 * consents. Proportions follow the shape of Mexico's reported figures (sexual exploitation the most
 * frequent form, then forced and labour exploitation; most investigations never reach a verdict; most
 * verdicts convict) without claiming to reproduce any year's numbers. Dates follow each other in the
 * order the law requires and never pass LATEST_DATE, so the data is the same whatever day it is loaded.
 */
export const LATEST_DATE = '2025-12-31';

export type SyntheticCase = {
  id: string;
  openedOn: string;
  status: CaseStatus;
  /** Prosecutors' cases carry a legal track; others (migration, shelters, consulates) do not. */
  prosecutes: boolean;
  survivors: { id: string; nationality?: string | undefined }[];
  suspects: string[];
};

type Line = Record<string, unknown>;

const FORM = weighted<ExploitationForm>({
  sexual_exploitation: 52,
  forced_labour: 15,
  labour_exploitation: 9,
  forced_begging: 6,
  forced_criminality: 5,
  forced_marriage: 4,
  servitude: 3,
  illegal_adoption: 2,
  slavery: 2,
  organ_removal: 1,
  biomedical_experimentation: 1,
});

/** The article of the 2012 General Law that typifies each form (art. 10 covers any). */
const ARTICLE: Record<ExploitationForm, LawArticle> = {
  sexual_exploitation: '13',
  forced_labour: '22',
  labour_exploitation: '21',
  forced_begging: '24',
  forced_criminality: '25',
  forced_marriage: '28',
  servitude: '12',
  illegal_adoption: '26',
  slavery: '11',
  organ_removal: '30',
  biomedical_experimentation: '10',
};

/** ISIC sections where each form is usually found. */
const SECTORS: Partial<Record<ExploitationForm, string[]>> = {
  sexual_exploitation: ['I', 'R', 'S'],
  forced_labour: ['A', 'C', 'F', 'T'],
  labour_exploitation: ['A', 'C', 'G', 'T'],
  forced_begging: ['S'],
  servitude: ['T'],
};

const CONTROL = [
  'debt_bondage',
  'withholds_documents',
  'physical_threats',
  'threatens_children_family',
  'false_promises',
  'psychological_abuse',
  'restricts_movement',
  'takes_earnings',
  'physical_abuse',
  'sexual_abuse',
  'excessive_working_hours',
];
const RECRUITMENT = weighted({
  online_social_networks: 24,
  romantic_relationship: 20,
  friends: 14,
  labour_recruiter: 14,
  family: 10,
  online_advertisement: 8,
  at_work: 5,
  newspaper_advert: 3,
  other: 2,
});
const RELATIONSHIP = weighted({ stranger: 35, acquaintance: 30, intimate_partner: 25, family: 10 });
const PROCESS_ROLES = [
  'recruiter',
  'transporter',
  'harboured_victim',
  'exploiter',
  'controlled_victim',
  'received_victim',
];
const PARTNERS: Record<string, string> = {
  GT: 'Ministerio Público de Guatemala',
  HN: 'Ministerio Público de Honduras',
  SV: 'Fiscalía General de la República de El Salvador',
  NI: 'Ministerio Público de Nicaragua',
  US: 'Homeland Security Investigations',
};
const RELIEF = weighted({
  humanitarian_visa: 60,
  refugee_status: 20,
  temporary_residency: 12,
  permanent_residency: 8,
});
const STAGE: Record<CaseStatus, number> = {
  identification: 0,
  investigation: 1,
  prosecution: 2,
  trial: 3,
  sentenced: 4,
  closed: 4,
};

/** A date `min`–`max` days after `from`, never after LATEST_DATE (ISO text orders as dates do). */
function after(from: string, random: Random, min: number, max: number): string {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + min + random.int(max - min + 1));
  const text = date.toISOString().slice(0, 10);
  return text < LATEST_DATE ? text : LATEST_DATE;
}
const before = (from: string, random: Random, days: number) => {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1 - random.int(days));
  return date.toISOString().slice(0, 10);
};
const some = <T>(items: readonly T[], random: Random, most: number): T[] => {
  const chosen = items.filter(() => random.chance(most / items.length));
  return chosen.length > 0 ? chosen : [random.pick(items)];
};

export function syntheticCaseRecords(
  record: SyntheticCase,
  random: Random,
): { lines: Line[]; forms: ExploitationForm[] } {
  const lines: Line[] = [];
  const line = (type: string, suffix: string, fields: Line) =>
    lines.push({ type, id: `${record.id}-${suffix}`, case: record.id, ...fields });
  const forms = record.survivors.map((survivor, index) => {
    const form = FORM(random);
    const foreign = survivor.nationality !== undefined && survivor.nationality !== 'MX';
    const recruited = before(record.openedOn, random, 400);
    line('exploitation', `e${index}`, {
      person: survivor.id,
      forms: random.chance(0.12) && form !== 'forced_labour' ? [form, 'forced_labour'] : [form],
      ...(SECTORS[form] && { sector: random.pick(SECTORS[form]) }),
      recruitment: { countryCode: foreign ? survivor.nationality : 'MX', date: recruited.slice(0, 7) },
      exploitation: { countryCode: 'MX', date: recruited.slice(0, 7), endDate: record.openedOn.slice(0, 7) },
      methodsOfControl: some(CONTROL, random, 2.5).sort((a, b) => CONTROL.indexOf(a) - CONTROL.indexOf(b)),
      recruitmentMethods: [RECRUITMENT(random)],
      relationship: RELATIONSHIP(random),
      routeCountries: foreign
        ? [survivor.nationality, ...(survivor.nationality === 'GT' ? [] : ['GT']), 'MX']
        : ['MX'],
    });
    return form;
  });
  record.suspects.forEach((suspect, index) => {
    const official = random.chance(0.09);
    line('suspectRole', `r${index}`, {
      person: suspect,
      processRoles: some(PROCESS_ROLES, random, 1.6),
      publicOfficial: official,
      ...(official && {
        officialInstitution: random.pick(['Policía municipal', 'Policía estatal', 'Agente de migración']),
      }),
      organisedCrime: random.chance(0.3) ? true : random.chance(0.5) ? false : null,
    });
  });
  const stage = STAGE[record.status];
  const foreignSurvivors = record.survivors.filter(
    (survivor) => survivor.nationality && survivor.nationality !== 'MX',
  );
  let convicted = false;
  if (record.prosecutes && stage >= 1) convicted = legalTrack(record, forms, stage, random, line);
  if (record.prosecutes && stage >= 1 && foreignSurvivors.length > 0 && random.chance(0.08)) {
    const country = foreignSurvivors[0]!.nationality!;
    const startedOn = after(record.openedOn, random, 20, 200);
    line('bilateralInvestigation', 'b0', {
      countryCode: PARTNERS[country] ? country : 'US',
      partnerAgency: PARTNERS[country] ?? PARTNERS.US,
      startedOn,
      ...(random.chance(0.5) && { endedOn: after(startedOn, random, 90, 700) }),
    });
  }
  for (const [index, survivor] of record.survivors.entries()) {
    protection(record, survivor, index, { stage, convicted }, random, line);
  }
  return { lines, forms };
}

type Add = (type: string, suffix: string, fields: Line) => void;

/** Investigation, prosecution, charges, verdicts, appeals and extraditions, as far as the status goes. */
function legalTrack(
  record: SyntheticCase,
  forms: ExploitationForm[],
  stage: number,
  random: Random,
  line: Add,
): boolean {
  const investigationOpenedOn = after(record.openedOn, random, 0, 20);
  const prosecutionInitiatedOn = stage >= 2 ? after(investigationOpenedOn, random, 60, 400) : undefined;
  line('legalProceeding', 'p0', {
    investigationOpenedOn,
    ...(prosecutionInitiatedOn && { prosecutionInitiatedOn }),
  });
  if (!prosecutionInitiatedOn) return false;
  let convicted = false;
  record.suspects.forEach((suspect, index) => {
    const form = forms[index % Math.max(forms.length, 1)] ?? 'sexual_exploitation';
    const chargedOn = after(prosecutionInitiatedOn, random, 0, 30);
    line('charge', `c${index}`, {
      proceeding: `${record.id}-p0`,
      person: suspect,
      lawArticle: random.chance(0.15) ? '10' : ARTICLE[form],
      form,
      chargedOn,
    });
    if (random.chance(0.03)) {
      const requestedOn = after(chargedOn, random, 30, 300);
      const status = weighted({ granted: 50, requested: 25, denied: 15, withdrawn: 10 })(random);
      const decidedOn = status === 'requested' ? undefined : after(requestedOn, random, 60, 500);
      line('extradition', `x${index}`, {
        person: suspect,
        direction: random.chance(0.7) ? 'outgoing' : 'incoming',
        countryCode: random.pick(['US', 'GT', 'ES', 'CO']),
        requestedOn,
        status,
        ...(decidedOn && { decidedOn }),
        ...(status === 'granted' &&
          decidedOn &&
          random.chance(0.8) && { surrenderedOn: after(decidedOn, random, 10, 200) }),
      });
    }
    if (stage < 4) return;
    const conviction = random.chance(0.78);
    convicted ||= conviction;
    const decidedOn = after(chargedOn, random, 180, 900);
    line('verdict', `v${index}`, {
      charge: `${record.id}-c${index}`,
      outcome: conviction ? 'conviction' : 'acquittal',
      decidedOn,
      ...(conviction && {
        prisonYears: 5 + random.int(36),
        prisonMonths: random.int(12),
        fineMxn: (1000 + random.int(4000)) * 100,
      }),
    });
    if (random.chance(0.3)) {
      const result = weighted({ upheld: 55, modified: 20, overturned: 10, pending: 15 })(random);
      const filedOn = after(decidedOn, random, 5, 30);
      line('appeal', `a${index}`, {
        verdict: `${record.id}-v${index}`,
        appellant: conviction ? (random.chance(0.85) ? 'defence' : 'victim') : 'prosecution',
        filedOn,
        result,
        ...(result !== 'pending' && { decidedOn: after(filedOn, random, 60, 400) }),
      });
    }
  });
  return convicted;
}

/** Immigration relief and repatriation for foreigners, witness protection, compensation, testimony, consent. */
function protection(
  record: SyntheticCase,
  survivor: SyntheticCase['survivors'][number],
  index: number,
  facts: { stage: number; convicted: boolean },
  random: Random,
  line: Add,
): void {
  const person = survivor.id;
  const foreign = survivor.nationality !== undefined && survivor.nationality !== 'MX';
  const measure = (suffix: string, fields: Line) =>
    line('protectionMeasure', `${suffix}${index}`, { person, ...fields });
  if (foreign && random.chance(0.55)) {
    const requestedOn = after(record.openedOn, random, 1, 60);
    const status = weighted({ granted: 70, applied: 15, denied: 15 })(random);
    measure('m', {
      kind: 'immigration_relief',
      relief: RELIEF(random),
      status,
      requestedOn,
      ...(status !== 'applied' && { resolvedOn: after(requestedOn, random, 20, 200) }),
    });
  }
  if (foreign && random.chance(0.2)) {
    const requestedOn = after(record.openedOn, random, 10, 120);
    const status = weighted({ completed: 70, requested: 15, withdrawn: 15 })(random);
    measure('rp', {
      kind: 'repatriation',
      status,
      requestedOn,
      ...(status !== 'requested' && { resolvedOn: after(requestedOn, random, 10, 90) }),
    });
  }
  if (record.prosecutes && facts.stage >= 2 && random.chance(0.15)) {
    const requestedOn = after(record.openedOn, random, 30, 300);
    const status = weighted({ granted: 60, requested: 20, ended: 10, denied: 10 })(random);
    measure('w', {
      kind: 'witness_protection',
      witnessMeasure: random.pick([
        'identity_reserved',
        'protected_testimony',
        'relocation',
        'police_protection',
      ]),
      status,
      requestedOn,
      ...(status !== 'requested' && { resolvedOn: after(requestedOn, random, 5, 120) }),
    });
  }
  if (facts.convicted && random.chance(0.6)) {
    const ordered = (200 + random.int(1800)) * 100;
    const paid = random.chance(0.35);
    const requestedOn = after(record.openedOn, random, 400, 1200);
    measure('k', {
      kind: 'compensation',
      status: paid ? 'paid' : 'ordered',
      requestedOn,
      ...(paid && { resolvedOn: after(requestedOn, random, 30, 400) }),
      amountOrderedMxn: ordered,
      ...(paid ? { amountPaidMxn: ordered } : random.chance(0.3) && { amountPaidMxn: ordered / 4 }),
    });
  }
  if (record.prosecutes && facts.stage >= 1 && random.chance(0.65)) {
    line('testimonyDecision', `t${index}`, {
      person,
      decision: weighted({ will_testify: 60, declines_to_testify: 20, undecided: 20 })(random),
      voluntary: true,
      decidedOn: after(record.openedOn, random, 5, 90),
    });
  }
  if (random.chance(0.85)) {
    const givenOn = after(record.openedOn, random, 0, 10);
    const scopes = [
      'services',
      ...(random.chance(0.6) ? ['investigation'] : []),
      ...(random.chance(0.7) ? ['statistics'] : []),
    ];
    line('consent', `k${index}`, {
      person,
      scopes,
      recipientAgencyTypes: [
        'shelter',
        'victim_attention_unit',
        ...(foreign ? ['migration_institute', 'consulate'] : []),
      ],
      givenOn,
      ...(random.chance(0.05) && { revokedOn: after(givenOn, random, 30, 400) }),
    });
  }
}
