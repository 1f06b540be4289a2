import { AGENCY_TYPES, type AgencyType } from '../../platform/access/agency-types.ts';
import { dateOrder } from '../case-records/dates.ts';
import { type FieldIssue, issue } from '../case-records/field-issues.ts';
import type { ConsentScope } from './statistics-use.ts';

/** The platform operator runs Enlace and never receives case data. */
export const RECIPIENT_AGENCY_TYPES = AGENCY_TYPES.filter(
  (type): type is Exclude<AgencyType, 'system_operator'> => type !== 'system_operator',
);
export type RecipientAgencyType = (typeof RECIPIENT_AGENCY_TYPES)[number];

type Consent = {
  scopes: readonly ConsentScope[];
  recipientAgencyTypes: readonly string[];
  recipientAgencyCodes: readonly string[];
};

/**
 * A consent says for what (at least one scope, each once) and, unless it is for statistics alone (which
 * reach nobody as records), with whom: agency types, named agencies, or both.
 */
export function consentIssues(consent: Consent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (new Set(consent.scopes).size !== consent.scopes.length)
    issues.push(issue('scopes', 'duplicate_values'));
  const statisticsOnly = consent.scopes.every((scope) => scope === 'statistics');
  const recipients = consent.recipientAgencyTypes.length + consent.recipientAgencyCodes.length;
  if (!statisticsOnly && recipients === 0) issues.push(issue('recipientAgencyTypes', 'recipient_required'));
  return issues;
}

/** A consent is revoked on or after the day it was given. */
export const revocationIssues = (givenOn: string, revokedOn: string) =>
  dateOrder(givenOn, revokedOn, issue('revokedOn', 'revoked_before_given'));
