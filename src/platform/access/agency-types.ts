/**
 * Kinds of institution that work in Enlace (domain.md §2). The type decides which roles make sense
 * there and how the jurisdiction rules name it (FEVIMTRA, UEITMPO, a state prosecutor).
 */
export const AGENCY_TYPES = [
  'federal_prosecutor_trafficking', // FEVIMTRA: federal cases with two or fewer suspects
  'federal_organized_crime_unit', // UEITMPO: federal cases with three or more suspects
  'state_prosecutor', // the 32 states' prosecutors, Mexico City's included
  'victim_attention_unit', // legal, medical, social and psychological services to victims of crime
  'migration_institute', // INM
  'social_welfare', // DIF: general shelters for children under 13
  'shelter', // specialised shelters (government, NGO, international, religious)
  'service_provider', // other services: medical, legal, psychological, interpretation
  'consulate', // Mexican consulates abroad
  'labour_inspectorate',
  'human_rights_commission',
  'interagency_commission', // publishes national statistics
  'state_committee',
  'system_operator', // runs the platform: administrators and auditors, no case data
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const AGENCY_SECTORS = ['government', 'ngo', 'international', 'religious'] as const;
export type AgencySector = (typeof AGENCY_SECTORS)[number];

export const JURISDICTION_LEVELS = ['federal', 'state', 'municipal', 'abroad'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];
