import type { Problem } from '../../../src/contracts/system.ts';
import type {
  AgencySector,
  AgencyType,
  JurisdictionLevel,
} from '../../../src/platform/access/agency-types.ts';
import type { NewAgency } from '../api/agencies.ts';

export type AgencyFormValues = {
  code: string;
  name: string;
  agencyType: AgencyType | '';
  sector: AgencySector | '';
  jurisdictionLevel: JurisdictionLevel | '';
  stateCode: string;
  municipality: string;
  countryCode: string;
};
export type AgencyField = keyof AgencyFormValues;
export type AgencyFormErrors = Partial<Record<AgencyField, string>>;

export const EMPTY_AGENCY: AgencyFormValues = {
  code: '',
  name: '',
  agencyType: '',
  sector: '',
  jurisdictionLevel: '',
  stateCode: '',
  municipality: '',
  countryCode: '',
};

export type AgencyFormMessages = Record<
  | 'codeInvalid'
  | 'nameInvalid'
  | 'typeRequired'
  | 'sectorRequired'
  | 'levelRequired'
  | 'stateRequired'
  | 'municipalityRequired'
  | 'countryRequired',
  string
>;

/** The API's rule (src/contracts/agencies.ts): the place an institution names must fit its level. */
export const placeFieldsFor = (level: AgencyFormValues['jurisdictionLevel']) => ({
  state: level === 'state' || level === 'municipal',
  municipality: level === 'municipal',
  country: level === 'abroad',
});

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const NAME_LENGTH = { min: 2, max: 200 };

/** The same rules the API applies, checked first so the reader is told beside each field. */
export function agencyFormErrors(values: AgencyFormValues, messages: AgencyFormMessages): AgencyFormErrors {
  const place = placeFieldsFor(values.jurisdictionLevel);
  const name = values.name.trim();
  const checks: [AgencyField, boolean, string][] = [
    ['code', CODE_PATTERN.test(values.code.trim().toUpperCase()), messages.codeInvalid],
    ['name', name.length >= NAME_LENGTH.min && name.length <= NAME_LENGTH.max, messages.nameInvalid],
    ['agencyType', values.agencyType !== '', messages.typeRequired],
    ['sector', values.sector !== '', messages.sectorRequired],
    ['jurisdictionLevel', values.jurisdictionLevel !== '', messages.levelRequired],
    ['stateCode', !place.state || values.stateCode !== '', messages.stateRequired],
    ['municipality', !place.municipality || values.municipality.trim() !== '', messages.municipalityRequired],
    ['countryCode', !place.country || values.countryCode !== '', messages.countryRequired],
  ];
  return Object.fromEntries(
    checks.filter(([, valid]) => !valid).map(([field, , message]) => [field, message]),
  );
}

/**
 * The request for values that passed `agencyFormErrors` (so the three choices are made); only the place
 * fields the level asks for are sent, since the API refuses the others.
 */
export function agencyRequest(values: AgencyFormValues): NewAgency {
  const place = placeFieldsFor(values.jurisdictionLevel);
  return {
    code: values.code.trim().toUpperCase(),
    name: values.name.trim(),
    agencyType: values.agencyType as AgencyType,
    sector: values.sector as AgencySector,
    jurisdictionLevel: values.jurisdictionLevel as JurisdictionLevel,
    stateCode: place.state ? values.stateCode : undefined,
    municipality: place.municipality ? values.municipality.trim() : undefined,
    countryCode: place.country ? values.countryCode : undefined,
  };
}

const FIELDS = new Set<string>(Object.keys(EMPTY_AGENCY));

/** The API's answer beside the fields it names: one entry per invalid field, or a code already taken. */
export function agencyProblemErrors(problem: Problem): AgencyFormErrors {
  if (problem.code === 'agency_code_taken') return { code: problem.detail };
  const named = (problem.errors ?? []).filter((error) => FIELDS.has(error.path));
  return Object.fromEntries(named.map((error) => [error.path, error.message]));
}
