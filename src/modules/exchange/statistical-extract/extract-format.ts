import { z } from 'zod';
import { STATISTICS_CONSENT_POLICIES } from '../../../contracts/statistics-consent.ts';
import { NEEDS } from '../../cases/people-contract.ts';
import { CASE_STATUSES, DISABILITIES, GENDERS, PERSON_ROLES, SEXES } from '../../cases/schema.ts';
import { STATE_CODES } from '../../catalog/states.ts';
import { RECIPIENT_AGENCY_TYPES } from '../../consent/consent-rules.ts';
import { CONSENT_SCOPES } from '../../consent/statistics-use.ts';
import { CONTROL_METHOD_CODES } from '../../exploitation/control-methods.ts';
import { EXPLOITATION_FORMS } from '../../exploitation/forms.ts';
import { RECRUITMENT_METHOD_CODES, RELATIONSHIP_CODES } from '../../exploitation/recruitment.ts';
import { ISIC_SECTION_CODES } from '../../exploitation/sectors.ts';
import { APPEAL_RESULTS, APPELLANTS } from '../../legal/appeal-contract.ts';
import { EXTRADITION_DIRECTIONS, EXTRADITION_STATUSES } from '../../legal/extradition-contract.ts';
import { LAW_ARTICLES } from '../../legal/general-law.ts';
import { VERDICT_OUTCOMES } from '../../legal/sentence.ts';
import {
  ALL_MEASURE_STATUSES,
  IMMIGRATION_RELIEFS,
  MEASURE_KINDS,
  WITNESS_MEASURES,
} from '../../protection/measure-rules.ts';
import { TESTIMONY_DECISIONS } from '../../protection/testimony-contract.ts';
import { PROCESS_ROLE_CODES } from '../../suspects/process-roles.ts';
import { extractPurpose } from '../contract.ts';

/**
 * Every line of the statistician's extract, field by field: what may leave the database, and nothing
 * else (strict objects). docs/formats/statistical-extract.schema.json is generated from these schemas,
 * and the database tests hold every extract they make to them, so a column that slipped into the
 * extract's SQL fails a test instead of reaching a statistician.
 */
const pseudonym = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/)
  .describe('Keyed pseudonym (HMAC-SHA256 per purpose, 22 base64url characters)');
const year = z.number().int().min(1900).max(2200).describe('The year of a date; never the day or month');
const country = z.string().regex(/^[A-Z]{2}$/);
const agencyCode = z.string().describe('Code of an institution of the directory');
const pesos = z.number().min(0).describe('Pesos (MXN)');

/** `id` the record's pseudonym, `case` and `person` those of the lines it belongs to. */
const line = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), id: pseudonym, ...shape });
const inCase = { case: pseudonym };
const ofPerson = { case: pseudonym, person: pseudonym };

const place = (ends: boolean) =>
  z.strictObject({
    countryCode: country.optional(),
    stateCode: z.enum(STATE_CODES).optional(),
    year: year.optional(),
    ...(ends && { endYear: year.optional() }),
  });

export const EXTRACT_LINE_SCHEMAS = [
  line('case', {
    stateCode: z.enum(STATE_CODES).nullable(),
    status: z.enum(CASE_STATUSES),
    openedYear: year,
    agencyCode: agencyCode.describe('The owning institution'),
  }),
  line('person', {
    ...inCase,
    role: z.enum(PERSON_ROLES),
    sex: z.enum(SEXES).optional(),
    gender: z.enum(GENDERS).optional(),
    birthYear: year.optional(),
    nationality: country.optional(),
    speaksIndigenousLanguage: z.boolean().describe('Whether one is spoken; never which'),
    hasDisability: z.boolean().optional(),
    disabilities: z.array(z.enum(DISABILITIES)),
    needs: z.array(z.enum(NEEDS)),
    publicOfficial: z.boolean(),
    officialAgencyCode: agencyCode.optional(),
  }),
  line('exploitation', {
    ...ofPerson,
    forms: z.array(z.enum(EXPLOITATION_FORMS)),
    sector: z.enum(ISIC_SECTION_CODES).optional(),
    recruitment: place(false).optional(),
    transit: place(false).optional(),
    exploitation: place(true).optional(),
    methodsOfControl: z.array(z.enum(CONTROL_METHOD_CODES)),
    recruitmentMethods: z.array(z.enum(RECRUITMENT_METHOD_CODES)),
    relationship: z.enum(RELATIONSHIP_CODES).optional(),
    routeCountries: z.array(country),
  }),
  line('suspectRole', {
    ...ofPerson,
    processRoles: z.array(z.enum(PROCESS_ROLE_CODES)),
    publicOfficial: z.boolean(),
    officialAgencyCode: agencyCode.optional(),
    organisedCrime: z.boolean().optional(),
  }),
  line('legalProceeding', {
    ...inCase,
    agencyCode: agencyCode.describe('The authority that opened the investigation file'),
    investigationOpenedYear: year,
    prosecutionInitiatedYear: year.optional(),
  }),
  line('charge', {
    ...ofPerson,
    proceeding: pseudonym.describe('The legalProceeding line the charge belongs to'),
    lawArticle: z.enum(LAW_ARTICLES),
    form: z.enum(EXPLOITATION_FORMS),
    chargedYear: year,
  }),
  line('verdict', {
    ...ofPerson,
    charge: pseudonym.describe('The charge line decided'),
    outcome: z.enum(VERDICT_OUTCOMES),
    decidedYear: year,
    prisonYears: z.number().int().min(0).optional(),
    prisonMonths: z.number().int().min(0).max(11).optional(),
    fineMxn: pesos.optional(),
  }),
  line('appeal', {
    ...ofPerson,
    verdict: pseudonym.describe('The verdict line appealed'),
    appellant: z.enum(APPELLANTS),
    filedYear: year,
    result: z.enum(APPEAL_RESULTS),
    decidedYear: year.optional(),
  }),
  line('extradition', {
    ...ofPerson,
    direction: z.enum(EXTRADITION_DIRECTIONS),
    countryCode: country,
    requestedYear: year,
    status: z.enum(EXTRADITION_STATUSES),
    decidedYear: year.optional(),
    surrenderedYear: year.optional(),
  }),
  line('bilateralInvestigation', {
    ...inCase,
    countryCode: country,
    startedYear: year,
    endedYear: year.optional(),
  }),
  line('protectionMeasure', {
    ...ofPerson,
    kind: z.enum(MEASURE_KINDS),
    relief: z.enum(IMMIGRATION_RELIEFS).optional(),
    witnessMeasure: z.enum(WITNESS_MEASURES).optional(),
    status: z.enum(ALL_MEASURE_STATUSES),
    requestedYear: year,
    resolvedYear: year.optional(),
    amountOrderedMxn: pesos.optional(),
    amountPaidMxn: pesos.optional(),
  }),
  line('testimonyDecision', {
    ...ofPerson,
    decision: z.enum(TESTIMONY_DECISIONS),
    voluntary: z.literal(true),
    decidedYear: year,
    informedByAgencyCode: agencyCode.describe('The institution of whoever informed the survivor'),
  }),
  line('consent', {
    ...ofPerson,
    scopes: z.array(z.enum(CONSENT_SCOPES)),
    recipientAgencyTypes: z.array(z.enum(RECIPIENT_AGENCY_TYPES)),
    recipientAgencyCodes: z.array(agencyCode),
    givenYear: year,
    revokedYear: year.optional(),
  }),
] as const;

export const EXTRACT_FORMAT = 'enlace-statistical-extract';
export const EXTRACT_VERSION = 1;

export const extractHeader = z.strictObject({
  type: z.literal(EXTRACT_FORMAT),
  version: z.literal(EXTRACT_VERSION),
  exportedAt: z.iso.datetime(),
  purpose: extractPurpose,
  consentPolicy: z.enum(STATISTICS_CONSENT_POLICIES),
});

export const extractRecordLine = z.discriminatedUnion('type', [...EXTRACT_LINE_SCHEMAS]);
