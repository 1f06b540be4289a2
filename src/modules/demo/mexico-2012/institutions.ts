import type { NewAgency } from '../../../contracts/agencies.ts';
import { DEMO_AGENCIES } from '../demo-accounts.ts';
import type { DemoProvider } from '../demo-directory.ts';
import { SCALED_AGENCIES } from '../scaled-agencies.ts';

const STATE_PROSECUTORS = new Set(['FGE-CMX', 'FGE-PUE', 'FGE-TLA', 'FGE-SON', 'FGE-CHP']);

/**
 * The seed's "Special Prosecutions Unit for Attention to Victims of Crime": legal, medical, social and
 * psychological services to victims of all crimes (the scaled demo's CEAV came later, in 2013).
 */
export const VICTIM_UNIT: NewAgency = {
  code: 'UAV-PGR',
  name: 'Unidad Especializada de Atención a Víctimas del Delito (demostración)',
  agencyType: 'victim_attention_unit',
  sector: 'government',
  jurisdictionLevel: 'federal',
};

/** Every institution the data set's records name: the demo's, five state prosecutors, the victim unit. */
export const MEXICO_2012_AGENCIES: readonly NewAgency[] = [
  ...DEMO_AGENCIES,
  ...SCALED_AGENCIES.filter((agency) => STATE_PROSECUTORS.has(agency.code)),
  VICTIM_UNIT,
];

/** The victim unit's service in the directory; FEVIMTRA's shelter is the demo directory's. */
export const VICTIM_UNIT_PROVIDER: DemoProvider = {
  agency: VICTIM_UNIT.code,
  monitoring: 'accredited',
  monitoredOn: '2012-01-02',
  contact: 'Atención a víctimas, línea 800 (demostración)',
  services: [
    {
      serviceType: 'legal',
      name: 'Asesoría jurídica, atención médica, social y psicológica a víctimas del delito',
      states: ['CMX', 'MEX', 'PUE', 'VER', 'CHP', 'JAL', 'BCN', 'ROO', 'GRO', 'OAX', 'TLA', 'CHH', 'TAM'],
    },
  ],
};
