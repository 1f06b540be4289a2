import type { AgencyType } from '../../platform/access/agency-types.ts';
import type { StateCode } from '../catalog/states.ts';
import type { Authority } from './contract.ts';
import { type CompetentOwner, JurisdictionRuleError, type Owner } from './transfers.ts';

/** The kinds of institution that are competent authorities, and which one each is. */
const AUTHORITY_OF: Partial<Record<AgencyType, Authority>> = {
  state_prosecutor: 'STATE_PROSECUTOR',
  federal_prosecutor_trafficking: 'FEVIMTRA',
  federal_organized_crime_unit: 'UEITMPO',
};

export const COMPETENT_AGENCY_TYPES = Object.keys(AUTHORITY_OF) as AgencyType[];

export type AgencyFacts = { id: string; agencyType: AgencyType; stateCode: string | null };

export const authorityOf = (agencyType: AgencyType): Authority | null => AUTHORITY_OF[agencyType] ?? null;

/** An institution as the owner of a case in the jurisdiction rules. */
export function ownerOf(agency: AgencyFacts): Owner {
  const authority = authorityOf(agency.agencyType);
  const state = authority === 'STATE_PROSECUTOR' ? (agency.stateCode as StateCode | null) : null;
  return { authority, state, agency: agency.id };
}

export function competentOwnerOf(agency: AgencyFacts): CompetentOwner {
  const owner = ownerOf(agency);
  if (owner.authority === null)
    throw new JurisdictionRuleError(`Agency ${agency.id} is not a competent authority`);
  return { ...owner, authority: owner.authority };
}
