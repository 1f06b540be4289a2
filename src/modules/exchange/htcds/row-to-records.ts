import {
  CASE_STATUS_FROM_HTCDS,
  GENDER_TO_HTCDS,
  type HtcdsColumn,
  type HtcdsRow,
  reverse,
} from './columns.ts';

/** A cell whose value cannot become an Enlace value; the message key is in problems:. */
export type CellProblem = { column: HtcdsColumn; key: string; params?: Record<string, string> };

/** Enlace field path (as bundle validation names it) → the column its value was read from. */
export type Sources = Map<string, HtcdsColumn>;

/** The bundle records one CSV row stands for, before validation. */
export type RowRecords = {
  caseRecord: { record: Record<string, unknown>; sources: Sources };
  person: { record: Record<string, unknown>; sources: Sources };
  problems: CellProblem[];
};

type Read = (path: string, ...columns: HtcdsColumn[]) => string | undefined;

const GENDER_FROM_HTCDS = reverse(GENDER_TO_HTCDS);
const CASE_STATUS = new Map(Object.entries(CASE_STATUS_FROM_HTCDS));

/**
 * The reverse mapping of docs/formats/htcds-mapping.md: `enlace_` columns win over the HTCDS columns they
 * refine, so an Enlace → CSV → Enlace round trip loses nothing; empty cells are absent values.
 */
export function rowToRecords(row: HtcdsRow): RowRecords {
  const problems: CellProblem[] = [];
  const caseReader = readerOf(row);
  const personReader = readerOf(row);
  return {
    caseRecord: { record: caseOf(caseReader.read, problems), sources: caseReader.sources },
    person: { record: personOf(personReader.read, problems), sources: personReader.sources },
    problems,
  };
}

/** Reads the first non-empty of some columns, remembering it as the source of a field. */
function readerOf(row: HtcdsRow): { read: Read; sources: Sources } {
  const sources: Sources = new Map();
  const cell = (column: HtcdsColumn) => (row[column] === '' ? undefined : row[column]);
  const read: Read = (path, ...columns) => {
    const column = columns.find((name) => cell(name) !== undefined) ?? columns[0]!;
    sources.set(path, column);
    return cell(column);
  };
  return { read, sources };
}

function caseOf(read: Read, problems: CellProblem[]): Record<string, unknown> {
  return definedOnly({
    type: 'case',
    id: read('id', 'enlace_CaseId'),
    reference: read('reference', 'enlace_CaseReference'),
    stateCode: read('stateCode', 'enlace_CaseState'),
    municipality: read('municipality', 'enlace_CaseMunicipality'),
    status:
      read('status', 'enlace_CaseStatus') ??
      fromTable(read('status', 'cas_Status'), 'cas_Status', CASE_STATUS, problems),
    openedOn: read('openedOn', 'enlace_CaseOpenedOn'),
  });
}

function personOf(read: Read, problems: CellProblem[]): Record<string, unknown> {
  const citizenship = read('nationality', 'prs_Citizenship')?.split(' ');
  if (citizenship && citizenship.length > 1)
    problems.push({ column: 'prs_Citizenship', key: 'import.one_value' });
  return definedOnly({
    type: 'person',
    id: read('id', 'enlace_PersonId'),
    case: read('case', 'enlace_CaseId'),
    // HTCDS is one row per victim: a row without enlace_Role is a survivor's.
    role: read('role', 'enlace_Role') ?? 'survivor',
    sex: read('sex', 'enlace_Sex'),
    gender: fromTable(read('gender', 'prs_Gender'), 'prs_Gender', GENDER_FROM_HTCDS, problems),
    birthYear: numberOf(read('birthYear', 'enlace_BirthYear')),
    nationality: citizenship?.[0],
    indigenousLanguage: read('indigenousLanguage', 'enlace_IndigenousLanguage'),
    hasDisability: booleanOf(read('hasDisability', 'enlace_Disability'), 'enlace_Disability', problems),
    disabilities: listOf(read('disabilities', 'enlace_Disabilities')),
    publicOfficial: booleanOf(
      read('publicOfficial', 'enlace_PublicOfficial'),
      'enlace_PublicOfficial',
      problems,
    ),
    officialAgencyCode: read('officialAgencyCode', 'enlace_OfficialAgencyCode'),
    needs: listOf(read('needs', 'enlace_Needs')),
    identity: identityOf(read),
    documents: jsonOf(read('documents', 'enlace_Documents'), 'enlace_Documents', problems),
    contacts: jsonOf(read('contacts', 'enlace_Contacts'), 'enlace_Contacts', problems) ?? contactOf(read),
  });
}

function identityOf(read: Read): Record<string, string> | undefined {
  const identity = definedOnly({
    givenNames: read('identity.givenNames', 'prs_FirstName'),
    // Without enlace_ columns HTCDS's second name holds both surnames: Enlace cannot tell where they split.
    firstSurname: read('identity.firstSurname', 'enlace_FirstSurname', 'prs_SecondName'),
    secondSurname: read('identity.secondSurname', 'enlace_SecondSurname'),
    birthDate: read('identity.birthDate', 'enlace_Birthdate', 'prs_Birthdate'),
    curp: read('identity.curp', 'prs_IdentityNumber'),
  });
  return Object.keys(identity).length > 0 ? identity : undefined;
}

function contactOf(read: Read): Record<string, string>[] | undefined {
  const contact = definedOnly({
    phone: read('contacts.0.phone', 'prs_MobilePhone'),
    email: read('contacts.0.email', 'prs_Email'),
    address: read('contacts.0.address', 'prs_MailingStreet'),
  });
  return Object.keys(contact).length > 0 ? [contact] : undefined;
}

function fromTable<Code>(
  value: string | undefined,
  column: HtcdsColumn,
  table: Map<string, Code>,
  problems: CellProblem[],
): Code | undefined {
  if (value === undefined) return undefined;
  if (!table.has(value))
    problems.push({ column, key: 'field.invalid_value', params: { options: [...table.keys()].join(', ') } });
  return table.get(value);
}

function booleanOf(
  value: string | undefined,
  column: HtcdsColumn,
  problems: CellProblem[],
): boolean | undefined {
  if (value === 'true' || value === 'false') return value === 'true';
  if (value !== undefined)
    problems.push({ column, key: 'field.invalid_value', params: { options: 'true, false' } });
  return undefined;
}

function jsonOf(value: string | undefined, column: HtcdsColumn, problems: CellProblem[]): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    problems.push({ column, key: 'import.malformed_cell' });
    return undefined;
  }
}

// Number('') cannot happen (empty cells are absent); a non-number becomes NaN, which validation names.
const numberOf = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** Multi-select values are separated by one space, as XLSForm answers are. */
const listOf = (value: string | undefined) => (value === undefined ? undefined : value.split(' '));

const definedOnly = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
