import { createRandom } from '../synthetic/random-tools.ts';
import { type SyntheticIdentity, syntheticIdentity } from './identities.ts';
import { CASE_GROUPS, type CaseGroup } from './plan.ts';

type Line = Record<string, unknown>;

export type Mexico2012Bundles = {
  /** Bundle lines (cases, people, case records) per importing agency's code, in plan order. */
  linesByAgency: Map<string, Line[]>;
  /** Each group's survivor person ids (external), in order, with the agency that recorded them. */
  survivors: Map<string, { agency: string; ids: string[] }>;
  /** Survivor person records written, and the distinct people they stand for. */
  survivorRecords: number;
  distinctSurvivors: number;
};

/** The fixed seed of the invented identities: the data set is the same on every load. */
const IDENTITY_SEED = 2012;
const ARTICLE_OF_FORM: Record<string, string> = { sexual_exploitation: '13', forced_labour: '22' };

const addDays = (date: string, days: number) => {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
};

/**
 * The plan's case groups as bundle lines (docs/formats/enlace-bundle.md), deterministic. A group whose
 * survivors are `samePeopleAs` another's gets those people's identities, written exactly alike, so record
 * linkage has real duplicates across agencies to find.
 */
export function mexico2012Bundles(groups: readonly CaseGroup[] = CASE_GROUPS): Mexico2012Bundles {
  const random = createRandom(IDENTITY_SEED);
  const identities = new Map<string, SyntheticIdentity[]>();
  const result: Mexico2012Bundles = {
    linesByAgency: new Map(),
    survivors: new Map(),
    survivorRecords: 0,
    distinctSurvivors: 0,
  };
  for (const group of groups) {
    const lines = result.linesByAgency.get(group.agency) ?? [];
    result.linesByAgency.set(group.agency, lines);
    const people = survivorIdentities(group, identities, random);
    identities.set(group.key, people);
    if (!group.samePeopleAs) result.distinctSurvivors += people.length;
    result.survivorRecords += people.length;
    const ids: string[] = [];
    const step = Math.max(1, Math.floor(240 / group.cases));
    const verdicts = { next: 0, step: Math.floor(150 / Math.max(1, group.verdicts?.count ?? 1)) };
    for (let index = 0; index < group.cases; index++) {
      const openedOn = addDays(group.firstOpenedOn, index * step);
      const caseLines = caseOf(group, index, openedOn, people, verdicts);
      lines.push(...caseLines.lines);
      ids.push(...caseLines.survivorIds);
    }
    result.survivors.set(group.key, { agency: group.agency, ids });
  }
  return result;
}

function survivorIdentities(
  group: CaseGroup,
  known: ReadonlyMap<string, SyntheticIdentity[]>,
  random: ReturnType<typeof createRandom>,
): SyntheticIdentity[] {
  const count = group.cases * group.survivorsPerCase;
  if (group.samePeopleAs) {
    const { group: other, from } = group.samePeopleAs;
    const source = known.get(other)?.slice(from, from + count) ?? [];
    if (source.length !== count) throw new Error(`Group ${group.key} names too few people of ${other}`);
    return source;
  }
  return Array.from({ length: count }, (_, index) =>
    syntheticIdentity(random, {
      sex: group.survivor.sex,
      minor: group.survivor.minor ?? false,
      nationality: nationalityOf(group, index),
    }),
  );
}

const nationalityOf = (group: CaseGroup, index: number) => {
  const list = group.survivor.nationalities;
  return list ? list[index % list.length]! : 'MX';
};

function caseOf(
  group: CaseGroup,
  index: number,
  openedOn: string,
  people: readonly SyntheticIdentity[],
  verdicts: { next: number; step: number },
): { lines: Line[]; survivorIds: string[] } {
  const caseId = `mx2012-${group.key}-c${index}`;
  const prosecuted = group.legal !== undefined && index < group.legal.prosecuted;
  const lines: Line[] = [];
  const record = (type: string, suffix: string, fields: Line) =>
    lines.push({ type, id: `${caseId}-${suffix}`, case: caseId, ...fields });
  const decided = group.verdicts !== undefined && prosecuted && verdicts.next < group.verdicts.count;
  lines.push({
    type: 'case',
    id: caseId,
    stateCode: group.states[index % group.states.length],
    status: caseStatus(group, prosecuted, decided),
    openedOn,
  });
  const survivorIds: string[] = [];
  for (let seat = 0; seat < group.survivorsPerCase; seat++) {
    const order = index * group.survivorsPerCase + seat;
    const id = `${caseId}-v${seat}`;
    survivorIds.push(id);
    lines.push(survivorLine(group, id, caseId, people[order]!, nationalityOf(group, order)));
    survivorRecords(group, order, id, openedOn, nationalityOf(group, order), record, seat);
  }
  const suspects = Array.from({ length: group.suspectsPerCase }, (_, seat) => `${caseId}-s${seat}`);
  for (const [seat, id] of suspects.entries()) {
    lines.push({
      type: 'person',
      id,
      case: caseId,
      role: 'suspect',
      sex: 'male',
      publicOfficial: group.officials !== undefined,
      needs: [],
      disabilities: [],
      documents: [],
      contacts: [],
    });
    if (group.officials)
      record('suspectRole', `r${seat}`, {
        person: id,
        processRoles: ['exploiter'],
        publicOfficial: true,
        officialInstitution: group.officials,
      });
  }
  if (group.legal) legalTrack(group, index, openedOn, prosecuted, suspects, verdicts, record);
  if (group.bilateral !== undefined && index < group.bilateral)
    record('bilateralInvestigation', 'b', {
      countryCode: 'US',
      partnerAgency: 'Homeland Security Investigations',
      startedOn: addDays(openedOn, 30),
    });
  if (group.extraditions && index < group.extraditions.cases)
    for (const [seat, person] of suspects.slice(0, group.extraditions.perCase).entries())
      record('extradition', `x${seat}`, {
        person,
        direction: 'outgoing',
        countryCode: 'US',
        requestedOn: addDays(openedOn, 60),
        status: 'granted',
        decidedOn: addDays(openedOn, 180),
      });
  return { lines, survivorIds };
}

/** Where the case stands: closed after an acquittal, sentenced after a conviction, else as far as it went. */
function caseStatus(group: CaseGroup, prosecuted: boolean, decided: boolean) {
  if (decided) return group.verdicts!.outcome === 'conviction' ? 'sentenced' : 'closed';
  if (prosecuted) return 'prosecution';
  return group.legal ? 'investigation' : 'identification';
}

function survivorLine(
  group: CaseGroup,
  id: string,
  caseId: string,
  identity: SyntheticIdentity,
  nationality: string,
) {
  const { birthYear, ...names } = identity;
  return {
    type: 'person',
    id,
    case: caseId,
    role: 'survivor',
    sex: group.survivor.sex,
    birthYear,
    nationality,
    publicOfficial: false,
    needs: [...(group.survivor.needs ?? [])],
    disabilities: [],
    documents: [],
    contacts: [],
    identity: names,
  };
}

type AddRecord = (type: string, suffix: string, fields: Line) => void;

/** What each survivor suffered, their consent (services and statistics), relief or repatriation. */
function survivorRecords(
  group: CaseGroup,
  order: number,
  person: string,
  openedOn: string,
  nationality: string,
  record: AddRecord,
  seat: number,
) {
  record('exploitation', `e${seat}`, {
    person,
    forms: [group.survivor.form],
    ...(group.survivor.sector && { sector: group.survivor.sector }),
  });
  const foreign = nationality !== 'MX';
  record('consent', `k${seat}`, {
    person,
    scopes: ['services', 'statistics'],
    recipientAgencyTypes: [
      'shelter',
      'victim_attention_unit',
      'federal_prosecutor_trafficking',
      ...(foreign ? ['migration_institute', 'consulate'] : []),
    ],
    givenOn: openedOn,
  });
  const protection = group.protection;
  if (!protection) return;
  if (order < protection.relief)
    record('protectionMeasure', `m${seat}`, {
      person,
      kind: 'immigration_relief',
      relief: 'humanitarian_visa',
      status: 'granted',
      requestedOn: addDays(openedOn, 3),
      resolvedOn: addDays(openedOn, 25),
    });
  else if (order < protection.relief + protection.repatriations)
    record('protectionMeasure', `rp${seat}`, {
      person,
      kind: 'repatriation',
      status: 'completed',
      requestedOn: addDays(openedOn, 10),
      resolvedOn: addDays(openedOn, 40),
    });
}

/** The proceeding a week after the case opens; charges 45 days later; the group's verdicts in order. */
function legalTrack(
  group: CaseGroup,
  index: number,
  openedOn: string,
  prosecuted: boolean,
  suspects: readonly string[],
  verdicts: { next: number; step: number },
  record: AddRecord,
) {
  const investigationOpenedOn = addDays(openedOn, 7);
  const prosecutionInitiatedOn = addDays(investigationOpenedOn, 45);
  record('legalProceeding', 'p', {
    investigationOpenedOn,
    ...(prosecuted && { prosecutionInitiatedOn }),
  });
  if (!prosecuted) return;
  for (const [seat, person] of suspects.entries()) {
    record('charge', `c${seat}`, {
      proceeding: `mx2012-${group.key}-c${index}-p`,
      person,
      lawArticle: ARTICLE_OF_FORM[group.survivor.form] ?? '10',
      form: group.survivor.form,
      chargedOn: prosecutionInitiatedOn,
    });
    const plan = group.verdicts;
    if (!plan || verdicts.next >= plan.count) continue;
    const sentence = plan.sentences?.[verdicts.next];
    record('verdict', `v${seat}`, {
      charge: `mx2012-${group.key}-c${index}-c${seat}`,
      outcome: plan.outcome,
      decidedOn: addDays(plan.from, verdicts.next * verdicts.step),
      ...(sentence && { prisonYears: sentence[0], prisonMonths: sentence[1] }),
    });
    verdicts.next++;
  }
}
