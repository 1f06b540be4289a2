import type { NewAgency } from '../../contracts/agencies.ts';
import type { Role } from '../../platform/access/roles.ts';

/**
 * Demo institutions and accounts, one per kind of user Enlace serves. Names say "(demostración)" and
 * the password is public on purpose: demo data is synthetic and must never sit beside real records.
 */
export const DEMO_PASSWORD = 'Enlace-demo-2026!';

export const DEMO_AGENCIES: NewAgency[] = [
  {
    code: 'FEVIMTRA',
    name: 'Fiscalía Especial para los Delitos de Violencia contra las Mujeres y Trata de Personas (demostración)',
    agencyType: 'federal_prosecutor_trafficking',
    sector: 'government',
    jurisdictionLevel: 'federal',
  },
  {
    code: 'UEITMPO',
    name: 'Unidad Especializada en Investigación de Tráfico de Menores, Personas y Órganos (demostración)',
    agencyType: 'federal_organized_crime_unit',
    sector: 'government',
    jurisdictionLevel: 'federal',
  },
  {
    code: 'FGE-PUE',
    name: 'Fiscalía General del Estado de Puebla (demostración)',
    agencyType: 'state_prosecutor',
    sector: 'government',
    jurisdictionLevel: 'state',
    stateCode: 'PUE',
  },
  {
    code: 'INM',
    name: 'Instituto Nacional de Migración (demostración)',
    agencyType: 'migration_institute',
    sector: 'government',
    jurisdictionLevel: 'federal',
  },
  {
    code: 'CONSUL-HOU',
    name: 'Consulado de México en Houston (demostración)',
    agencyType: 'consulate',
    sector: 'government',
    jurisdictionLevel: 'abroad',
    countryCode: 'US',
  },
  {
    code: 'OSC-REFUGIO',
    name: 'Refugio de una organización de la sociedad civil (demostración)',
    agencyType: 'shelter',
    sector: 'ngo',
    jurisdictionLevel: 'state',
    stateCode: 'CMX',
  },
  {
    code: 'CIT',
    name: 'Comisión Intersecretarial contra la Trata de Personas (demostración)',
    agencyType: 'interagency_commission',
    sector: 'government',
    jurisdictionLevel: 'federal',
  },
];

type DemoAccount = {
  username: string;
  displayName: string;
  locale: 'es-MX' | 'en';
  agency: string;
  roles: Role[];
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'demo.fiscal',
    displayName: 'Fiscal (demostración)',
    locale: 'es-MX',
    agency: 'FEVIMTRA',
    roles: ['prosecutor'],
  },
  {
    username: 'demo.policia',
    displayName: 'Policía de investigación (demostración)',
    locale: 'es-MX',
    agency: 'FGE-PUE',
    roles: ['investigator'],
  },
  {
    username: 'demo.migracion',
    displayName: 'Agente de migración (demostración)',
    locale: 'es-MX',
    agency: 'INM',
    roles: ['intake_officer'],
  },
  {
    username: 'demo.consulado',
    displayName: 'Personal consular (demostración)',
    locale: 'es-MX',
    agency: 'CONSUL-HOU',
    roles: ['intake_officer'],
  },
  {
    username: 'demo.refugio',
    displayName: 'Personal del refugio (demostración)',
    locale: 'es-MX',
    agency: 'OSC-REFUGIO',
    roles: ['shelter_staff'],
  },
  {
    username: 'demo.comision',
    displayName: 'Estadística de la comisión (demostración)',
    locale: 'es-MX',
    agency: 'CIT',
    roles: ['statistician'],
  },
  {
    username: 'demo.auditor',
    displayName: 'Auditoría (demostración)',
    locale: 'en',
    agency: 'ENLACE',
    roles: ['auditor'],
  },
  {
    username: 'demo.admin',
    displayName: 'Administración (demostración)',
    locale: 'es-MX',
    agency: 'ENLACE',
    roles: ['administrator'],
  },
];
