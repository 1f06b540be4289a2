import { type FieldIssue, issue } from '../case-records/field-issues.ts';

/** What the rules look at in a service, whether new or as an edit would leave it. */
export type ServiceFacts = {
  serviceType: string;
  minAge: number | null;
  maxAge: number | null;
  capacity: number | null;
  occupancy: number;
  securityLevel: string | null;
  maxStayDays: number | null;
  mayLeaveUnaccompanied: boolean | null;
  sexes: readonly string[];
  genders: readonly string[];
  exploitationForms: readonly string[];
  nationalities: readonly string[];
  languages: readonly string[];
  states: readonly string[];
};

const LISTS = ['sexes', 'genders', 'exploitationForms', 'nationalities', 'languages', 'states'] as const;

/**
 * Eligibility that contradicts itself would silently exclude everyone: an age range upside down, more
 * people housed than places, shelter rules on a service that houses nobody, a value listed twice.
 */
export function serviceIssues(service: ServiceFacts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (service.minAge !== null && service.maxAge !== null && service.minAge > service.maxAge)
    issues.push(issue('maxAge', 'age_range_order'));
  if (service.capacity !== null && service.occupancy > service.capacity)
    issues.push(issue('occupancy', 'occupancy_over_capacity'));
  if (service.serviceType !== 'shelter') {
    for (const [path, value] of [
      ['securityLevel', service.securityLevel],
      ['maxStayDays', service.maxStayDays],
      ['mayLeaveUnaccompanied', service.mayLeaveUnaccompanied],
    ] as const)
      if (value !== null) issues.push(issue(path, 'shelter_only'));
  }
  for (const list of LISTS)
    if (new Set(service[list]).size !== service[list].length) issues.push(issue(list, 'duplicate_values'));
  return issues;
}
