import { CONTROL_METHODS } from '../../exploitation/control-methods.ts';
import { type EXPLOITATION_FORMS, FORM_MAPPINGS } from '../../exploitation/forms.ts';
import { RECRUITMENT_METHODS, RELATIONSHIPS } from '../../exploitation/recruitment.ts';
import { ISIC_SECTIONS } from '../../exploitation/sectors.ts';
import { PROCESS_ROLES } from '../../suspects/process-roles.ts';
import type { RecordLine } from '../record-lines.ts';
import type { HtcdsColumn, HtcdsRow } from './columns.ts';
import type { CellProblem, Sources } from './row-to-records.ts';

/**
 * Exploitation (`vic_`) and suspect-role (`per_`) columns of a person's row, after the tables of
 * docs/formats/htcds-mapping.md. The HTCDS columns are written for HTCDS readers; `enlace_Exploitations`
 * and `enlace_SuspectRole` keep the records whole (as bundle lines without type, case and person), and
 * the importer prefers them, so a round trip loses nothing. The legal track, protection and consent
 * have no HTCDS columns and travel only in bundles.
 */
type Vocabulary = Readonly<Record<string, { htcds: string }>>;

const htcdsOf = (vocabulary: Vocabulary, codes: readonly string[]) => [
  ...new Set(codes.map((code) => vocabulary[code]?.htcds).filter((value) => value !== undefined)),
];
const FORMS: Vocabulary = FORM_MAPPINGS;

/** Multi-select: the union in table order; single value: only when every record agrees. */
function victimColumns(exploitations: readonly RecordLine[]): HtcdsRow {
  const all = (field: string) => exploitations.flatMap((line) => (line[field] as string[] | undefined) ?? []);
  const single = (vocabulary: Vocabulary, field: string) => {
    const values = htcdsOf(
      vocabulary,
      exploitations.flatMap((line) => (typeof line[field] === 'string' ? [line[field] as string] : [])),
    );
    return values.length === 1 ? values[0] : undefined;
  };
  const inOrder = (vocabulary: Vocabulary, field: string) => {
    const chosen = new Set(all(field));
    return htcdsOf(
      vocabulary,
      Object.keys(vocabulary).filter((code) => chosen.has(code)),
    ).join(' ');
  };
  return {
    vic_TypeOfExploitation: inOrder(FORMS, 'forms'),
    vic_ForcedLabourIndustry: single(ISIC_SECTIONS, 'sector'),
    vic_MethodsOfControl: inOrder(CONTROL_METHODS, 'methodsOfControl'),
    vic_MethodOfRecruitment: inOrder(RECRUITMENT_METHODS, 'recruitmentMethods'),
    vic_RelationshipToTrafficker: single(RELATIONSHIPS, 'relationship'),
  };
}

const withoutLinks = ({ type: _type, case: _case, person: _person, ...rest }: RecordLine) => rest;

/** The record columns of one person's row. */
export function recordColumns(
  exploitations: readonly RecordLine[],
  suspectRole: RecordLine | undefined,
): HtcdsRow {
  return {
    ...(exploitations.length > 0 && {
      ...victimColumns(exploitations),
      enlace_Exploitations: JSON.stringify(exploitations.map(withoutLinks)),
    }),
    ...(suspectRole && {
      per_RoleInProcess: htcdsOf(PROCESS_ROLES, (suspectRole.processRoles as string[]) ?? []).join(' '),
      enlace_SuspectRole: JSON.stringify(withoutLinks(suspectRole)),
    }),
  };
}

/** Import without `enlace_ExploitationForms`-like columns: table A read back (Other has no form). */
const FORMS_FROM_HTCDS: Record<string, (typeof EXPLOITATION_FORMS)[number]> = {
  ForcedLabour: 'forced_labour',
  SexualExploitation: 'sexual_exploitation',
  ChildLabour: 'labour_exploitation',
  ForcedMarriage: 'forced_marriage',
  Servitude: 'servitude',
  ForcedMilitaryByNonStateActors: 'forced_criminality',
  OrganRemoval: 'organ_removal',
  ForcedBegging: 'forced_begging',
  ForcedAdoption: 'illegal_adoption',
};

/** Each HTCDS value back to the first code of the vocabulary that writes it (`Other` → `other`). */
function reverseOf(vocabulary: Vocabulary): Map<string, string> {
  const reverse = new Map<string, string>();
  for (const [code, { htcds }] of Object.entries(vocabulary)) {
    if (!reverse.has(htcds) || code === 'other') reverse.set(htcds, code);
  }
  return reverse;
}
const SECTORS = new Map(Object.keys(ISIC_SECTIONS).map((letter) => [letter, letter]));
const CONTROL = reverseOf(CONTROL_METHODS);
const RECRUITMENT = reverseOf(RECRUITMENT_METHODS);
const RELATIONSHIP = new Map([
  ['Familial', 'family'],
  ['Acquainted', 'acquaintance'],
  ['Unaquainted', 'stranger'],
]);
const ROLES = reverseOf(PROCESS_ROLES);

type Cell = (column: HtcdsColumn) => string | undefined;
type Links = { case: string; person: string };

/** The exploitation and suspect-role lines a row stands for, with the column each field came from. */
export function recordLinesOfRow(
  cell: Cell,
  links: Links,
  publicOfficial: boolean | undefined,
  problems: CellProblem[],
): { lines: Record<string, unknown>[]; sources: Sources } {
  const sources: Sources = new Map();
  const lines = [
    ...exploitationLines(cell, links, problems, sources),
    ...suspectRoleLines(cell, links, publicOfficial, problems, sources),
  ];
  return { lines, sources };
}

function exploitationLines(cell: Cell, links: Links, problems: CellProblem[], sources: Sources) {
  const whole = jsonCell(cell, 'enlace_Exploitations', problems);
  if (whole !== undefined) {
    for (const field of ['forms', 'sector', 'methodsOfControl', 'recruitmentMethods', 'relationship'])
      sources.set(field, 'enlace_Exploitations');
    if (!Array.isArray(whole)) {
      problems.push({ column: 'enlace_Exploitations', key: 'import.malformed_cell' });
      return [];
    }
    return whole.map((line) => ({ ...(line as object), type: 'exploitation', ...links }));
  }
  const forms = cell('vic_TypeOfExploitation');
  if (forms === undefined) return [];
  const read = (column: HtcdsColumn, field: string, table: Map<string, string>, many: boolean) => {
    const value = cell(column);
    if (value === undefined) return undefined;
    sources.set(field, column);
    const values = value.split(' ').map((entry) => {
      const key = column === 'vic_ForcedLabourIndustry' ? entry.split('_')[0]! : entry;
      const code = table.get(key);
      if (!code)
        problems.push({
          column,
          key: 'field.invalid_value',
          params: { options: [...table.keys()].join(', ') },
        });
      return code;
    });
    if (!many && values.length > 1) problems.push({ column, key: 'import.one_value' });
    return many ? values : values[0];
  };
  return [
    definedOnly({
      type: 'exploitation',
      id: `${links.person}.exploitation`,
      ...links,
      forms: read('vic_TypeOfExploitation', 'forms', new Map(Object.entries(FORMS_FROM_HTCDS)), true),
      sector: read('vic_ForcedLabourIndustry', 'sector', SECTORS, false),
      methodsOfControl: read('vic_MethodsOfControl', 'methodsOfControl', CONTROL, true),
      recruitmentMethods: read('vic_MethodOfRecruitment', 'recruitmentMethods', RECRUITMENT, true),
      relationship: read('vic_RelationshipToTrafficker', 'relationship', RELATIONSHIP, false),
    }),
  ];
}

function suspectRoleLines(
  cell: Cell,
  links: Links,
  publicOfficial: boolean | undefined,
  problems: CellProblem[],
  sources: Sources,
) {
  const whole = jsonCell(cell, 'enlace_SuspectRole', problems);
  if (whole !== undefined) {
    for (const field of ['processRoles', 'officialInstitution', 'organisedCrime'])
      sources.set(field, 'enlace_SuspectRole');
    return [{ ...(whole as object), type: 'suspectRole', ...links }];
  }
  const roles = cell('per_RoleInProcess');
  if (roles === undefined) return [];
  sources.set('processRoles', 'per_RoleInProcess');
  const processRoles = roles.split(' ').map((value) => {
    const code = ROLES.get(value);
    if (!code)
      problems.push({
        column: 'per_RoleInProcess',
        key: 'field.invalid_value',
        params: { options: [...ROLES.keys()].join(', ') },
      });
    return code;
  });
  return [
    {
      type: 'suspectRole',
      id: `${links.person}.role`,
      ...links,
      processRoles,
      publicOfficial: publicOfficial ?? false,
    },
  ];
}

function jsonCell(cell: Cell, column: HtcdsColumn, problems: CellProblem[]): unknown {
  const value = cell(column);
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    problems.push({ column, key: 'import.malformed_cell' });
    return undefined;
  }
}

const definedOnly = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
