import type { NewAgency } from '../../contracts/agencies.ts';
import type { ServiceRequest } from '../referrals/directory-contract.ts';
import type { MonitoringStatus } from '../referrals/vocabulary.ts';

/** Providers of the demo directory that are not demo institutions already (demo-accounts.ts). */
export const DEMO_PROVIDER_AGENCIES: NewAgency[] = [
  {
    code: 'OSC-CASA-MIGRANTE',
    name: 'Casa del migrante (demostración)',
    agencyType: 'shelter',
    sector: 'religious',
    jurisdictionLevel: 'state',
    stateCode: 'CHP',
  },
  {
    code: 'DIF-CMX',
    name: 'Sistema DIF de la Ciudad de México (demostración)',
    agencyType: 'social_welfare',
    sector: 'government',
    jurisdictionLevel: 'state',
    stateCode: 'CMX',
  },
  {
    code: 'OIM-MX',
    name: 'Organización internacional para las migraciones (demostración)',
    agencyType: 'service_provider',
    sector: 'international',
    jurisdictionLevel: 'federal',
  },
  {
    code: 'OSC-ALBERGUE-PUE',
    name: 'Albergue suspendido tras una visita (demostración)',
    agencyType: 'shelter',
    sector: 'ngo',
    jurisdictionLevel: 'state',
    stateCode: 'PUE',
  },
];

type DemoService = Partial<ServiceRequest> & Pick<ServiceRequest, 'serviceType' | 'name' | 'states'>;
export type DemoProvider = {
  agency: string;
  monitoring: MonitoringStatus;
  monitoredOn: string | null;
  contact: string;
  services: DemoService[];
};

/**
 * The seed's landscape in miniature: a federal shelter for women that keeps residents in, an NGO
 * shelter, a church-run house for migrant men (where the seed says some men found refuge), the
 * children's shelters of the social welfare agency, an international organisation for repatriation,
 * and a suspended shelter that must not receive referrals.
 */
export const DEMO_PROVIDERS: DemoProvider[] = [
  {
    agency: 'FEVIMTRA',
    monitoring: 'accredited',
    monitoredOn: '2026-01-12',
    contact: 'Refugio especializado, línea 800 (demostración)',
    services: [
      {
        serviceType: 'shelter',
        name: 'Refugio especializado de alta seguridad',
        sexes: ['female'],
        minAge: 13,
        exploitationForms: ['sexual_exploitation'],
        securityLevel: 'high',
        maxStayDays: 90,
        mayLeaveUnaccompanied: false,
        states: ['CMX', 'MEX', 'PUE', 'TLA', 'MOR', 'HID'],
        capacity: 30,
        occupancy: 22,
        acceptsChildren: true,
      },
    ],
  },
  {
    agency: 'OSC-REFUGIO',
    monitoring: 'accredited',
    monitoredOn: '2026-02-03',
    contact: 'Mesa de ingreso (demostración)',
    services: [
      {
        serviceType: 'shelter',
        name: 'Refugio de la sociedad civil',
        sexes: ['female'],
        minAge: 18,
        securityLevel: 'standard',
        maxStayDays: 180,
        mayLeaveUnaccompanied: true,
        states: ['CMX', 'MEX'],
        capacity: 15,
        occupancy: 9,
        disabilityAccess: true,
        acceptsChildren: true,
      },
      {
        serviceType: 'psychological',
        name: 'Acompañamiento psicológico',
        states: ['CMX', 'MEX'],
        languages: ['es', 'en'],
      },
    ],
  },
  {
    agency: 'OSC-CASA-MIGRANTE',
    monitoring: 'visited',
    monitoredOn: '2025-11-20',
    contact: 'Recepción de la casa (demostración)',
    services: [
      {
        serviceType: 'shelter',
        name: 'Casa para hombres migrantes',
        sexes: ['male'],
        minAge: 18,
        exploitationForms: ['forced_labour', 'labour_exploitation', 'servitude'],
        languages: ['es', 'tzotzil', 'tseltal'],
        securityLevel: 'standard',
        maxStayDays: 30,
        mayLeaveUnaccompanied: true,
        states: ['CHP'],
        municipalities: ['Tapachula'],
        capacity: 40,
        occupancy: 31,
      },
      { serviceType: 'legal', name: 'Asesoría jurídica migratoria', states: ['CHP', 'TAB'] },
    ],
  },
  {
    agency: 'DIF-CMX',
    monitoring: 'accredited',
    monitoredOn: '2026-01-28',
    contact: 'Procuraduría de protección (demostración)',
    services: [
      {
        serviceType: 'shelter',
        name: 'Albergue para niñas y niños',
        minAge: 0,
        maxAge: 12,
        securityLevel: 'standard',
        mayLeaveUnaccompanied: false,
        states: ['CMX'],
        capacity: 50,
        occupancy: 44,
      },
    ],
  },
  {
    agency: 'OIM-MX',
    monitoring: 'visited',
    monitoredOn: '2025-12-01',
    contact: 'Oficina de asistencia (demostración)',
    services: [
      {
        serviceType: 'repatriation',
        name: 'Retorno asistido y voluntario',
        nationalities: ['GT', 'HN', 'SV', 'NI'],
        states: ['CHP', 'TAB', 'CMX', 'BCN', 'CHH'],
      },
      {
        serviceType: 'interpretation',
        name: 'Interpretación en lenguas indígenas',
        languages: ['náhuatl', 'tzotzil', 'tseltal', 'mixteco', 'zapoteco'],
        states: ['CHP', 'OAX', 'PUE', 'GRO', 'CMX'],
      },
    ],
  },
  {
    agency: 'OSC-ALBERGUE-PUE',
    monitoring: 'suspended',
    monitoredOn: '2026-02-10',
    contact: 'Sin atención mientras dure la suspensión (demostración)',
    services: [
      {
        serviceType: 'shelter',
        name: 'Albergue (suspendido)',
        sexes: ['female'],
        states: ['PUE', 'CMX'],
        capacity: 20,
        occupancy: 0,
      },
    ],
  },
];
