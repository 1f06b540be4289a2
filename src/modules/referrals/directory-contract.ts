import { z } from 'zod';
import { AGENCY_SECTORS, AGENCY_TYPES } from '../../platform/access/agency-types.ts';
import { changesSomething, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { pastDate } from '../case-records/dates.ts';
import { reportIssues } from '../case-records/field-issues.ts';
import { GENDERS, SEXES } from '../cases/schema.ts';
import { STATE_CODES } from '../catalog/states.ts';
import { EXPLOITATION_FORMS } from '../exploitation/forms.ts';
import { serviceIssues } from './service-rules.ts';
import { MONITORING_STATUSES, SECURITY_LEVELS, SERVICE_COSTS, SERVICE_TYPES } from './vocabulary.ts';

const contact = z.string().trim().min(1).max(300);
const age = z.number().int().min(0).max(120);
const places = z.number().int().min(0).max(100_000);
const language = z.string().trim().toLowerCase().min(2).max(60);

export const providerRegistration = z.strictObject({ contact: contact.optional() });
export const providerPatch = z
  .strictObject({ contact: contact.nullable().optional() })
  .refine(changesSomething, NOTHING_TO_CHANGE);

export const monitoringUpdate = z.strictObject({
  status: z.enum(MONITORING_STATUSES).exclude(['unmonitored']),
  /** The day of the accreditation, visit, review or suspension. */
  monitoredOn: pastDate(),
});

export const monitoringHistory = z.object({
  items: z.array(
    z.object({
      status: z.enum(MONITORING_STATUSES).exclude(['unmonitored']),
      monitoredOn: z.string(),
      /** The oversight body's code. */
      recordedBy: z.string(),
      recordedAt: z.string(),
    }),
  ),
});
export type MonitoringHistory = z.infer<typeof monitoringHistory>;

const serviceFields = {
  serviceType: z.enum(SERVICE_TYPES),
  name: z.string().trim().min(1).max(200),
  /** Empty lists accept everyone. */
  sexes: z.array(z.enum(SEXES)).max(SEXES.length),
  genders: z.array(z.enum(GENDERS)).max(GENDERS.length),
  minAge: age.nullable(),
  maxAge: age.nullable(),
  exploitationForms: z.array(z.enum(EXPLOITATION_FORMS)).max(EXPLOITATION_FORMS.length),
  nationalities: z
    .array(
      z
        .string()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/),
    )
    .max(250),
  /** Languages spoken or interpreted, indigenous ones by name (náhuatl, tzotzil…). */
  languages: z.array(language).max(40),
  disabilityAccess: z.boolean(),
  acceptsChildren: z.boolean(),
  securityLevel: z.enum(SECURITY_LEVELS).nullable(),
  maxStayDays: z.number().int().min(1).max(3650).nullable(),
  mayLeaveUnaccompanied: z.boolean().nullable(),
  states: z.array(z.enum(STATE_CODES)).min(1).max(32),
  municipalities: z.array(z.string().trim().min(1).max(100)).max(100),
  /** Null: not limited. */
  capacity: places.nullable(),
  occupancy: places,
  cost: z.enum(SERVICE_COSTS),
  contact: contact.nullable(),
  active: z.boolean(),
};

export const serviceRequest = z
  .strictObject({
    ...serviceFields,
    sexes: serviceFields.sexes.default([]),
    genders: serviceFields.genders.default([]),
    minAge: serviceFields.minAge.default(null),
    maxAge: serviceFields.maxAge.default(null),
    exploitationForms: serviceFields.exploitationForms.default([]),
    nationalities: serviceFields.nationalities.default([]),
    languages: serviceFields.languages.default([]),
    disabilityAccess: serviceFields.disabilityAccess.default(false),
    acceptsChildren: serviceFields.acceptsChildren.default(false),
    securityLevel: serviceFields.securityLevel.default(null),
    maxStayDays: serviceFields.maxStayDays.default(null),
    mayLeaveUnaccompanied: serviceFields.mayLeaveUnaccompanied.default(null),
    municipalities: serviceFields.municipalities.default([]),
    capacity: serviceFields.capacity.default(null),
    occupancy: serviceFields.occupancy.default(0),
    cost: serviceFields.cost.default('free'),
    contact: serviceFields.contact.default(null),
    active: serviceFields.active.default(true),
  })
  .superRefine((service, context) => reportIssues(serviceIssues(service), context));
export type ServiceRequest = z.infer<typeof serviceRequest>;

/** Any field; the service an edit would leave is checked again by the use-case. */
export const servicePatch = z
  .strictObject(
    Object.fromEntries(Object.entries(serviceFields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof typeof serviceFields]: z.ZodOptional<(typeof serviceFields)[K]>;
    },
  )
  .refine(changesSomething, NOTHING_TO_CHANGE);
export type ServicePatch = z.infer<typeof servicePatch>;

export const serviceView = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  version: z.number().int(),
  ...serviceFields,
});
export type ServiceView = z.infer<typeof serviceView>;

export const providerView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  agency: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    type: z.enum(AGENCY_TYPES),
    sector: z.enum(AGENCY_SECTORS),
    stateCode: z.string().nullable(),
  }),
  monitoringStatus: z.enum(MONITORING_STATUSES),
  monitoredOn: z.string().nullable(),
  contact: z.string().nullable(),
  services: z.array(serviceView),
});
export type ProviderView = z.infer<typeof providerView>;

export const directoryQuery = z.strictObject({
  state: z.enum(STATE_CODES).optional(),
  serviceType: z.enum(SERVICE_TYPES).optional(),
});
export const directoryView = z.object({ items: z.array(providerView) });
export const providerId = z.strictObject({ providerId: z.uuid() });
export const serviceId = z.strictObject({ serviceId: z.uuid() });
