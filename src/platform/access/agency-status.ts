/** The platform operator's own institution: its administrators register and suspend the others. */
export const PLATFORM_OPERATOR_CODE = 'ENLACE';

export type AgencyStatus = 'active' | 'suspended';
export type AgencyStatusChange = 'suspend' | 'reinstate';

export const statusOf = (disabledAt: Date | null): AgencyStatus => (disabledAt ? 'suspended' : 'active');

export const statusAfter = (change: AgencyStatusChange): AgencyStatus =>
  change === 'suspend' ? 'suspended' : 'active';

export type StatusChangeRefusal =
  | 'agency_operator_not_suspendable'
  | 'agency_already_suspended'
  | 'agency_not_suspended';

/**
 * Why an institution cannot make this change now, or undefined when it can. The operator is never
 * suspended: nobody would be left to reinstate it (or anyone else).
 */
export function statusChangeRefusal(
  agency: { code: string; status: AgencyStatus },
  change: AgencyStatusChange,
): StatusChangeRefusal | undefined {
  if (change === 'suspend' && agency.code === PLATFORM_OPERATOR_CODE)
    return 'agency_operator_not_suspendable';
  if (agency.status === statusAfter(change))
    return change === 'suspend' ? 'agency_already_suspended' : 'agency_not_suspended';
  return undefined;
}
