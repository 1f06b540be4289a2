import type { NewAgency } from '../../contracts/agencies.ts';
import { STATES } from '../catalog/states.ts';

/**
 * The institutions a scaled demo adds to the handcrafted ones: a prosecutor in every state and one
 * institution of each remaining kind, so that every agency type has records or at least exists.
 */
export const SCALED_AGENCIES: NewAgency[] = [
  ...STATES.map(
    (state): NewAgency => ({
      code: `FGE-${state.code}`,
      name: `Fiscalía General del Estado de ${state.name} (demostración)`,
      agencyType: 'state_prosecutor',
      sector: 'government',
      jurisdictionLevel: 'state',
      stateCode: state.code,
    }),
  ),
  {
    code: 'CEAV',
    name: 'Comisión Ejecutiva de Atención a Víctimas (demostración)',
    agencyType: 'victim_attention_unit',
    sector: 'government',
    jurisdictionLevel: 'federal',
  },
  {
    code: 'DIF-NAL',
    name: 'Sistema Nacional para el Desarrollo Integral de la Familia (demostración)',
    agencyType: 'social_welfare',
    sector: 'government',
    jurisdictionLevel: 'federal',
  },
  {
    code: 'OSC-SALUD',
    name: 'Clínica comunitaria de atención a sobrevivientes (demostración)',
    agencyType: 'service_provider',
    sector: 'ngo',
    jurisdictionLevel: 'state',
    stateCode: 'CHP',
  },
  {
    code: 'STPS',
    name: 'Inspección Federal del Trabajo (demostración)',
    agencyType: 'labour_inspectorate',
    sector: 'government',
    jurisdictionLevel: 'federal',
  },
  {
    code: 'CNDH',
    name: 'Comisión Nacional de los Derechos Humanos (demostración)',
    agencyType: 'human_rights_commission',
    sector: 'government',
    jurisdictionLevel: 'federal',
  },
  {
    code: 'CE-CHP',
    name: 'Comité Estatal contra la Trata de Personas de Chiapas (demostración)',
    agencyType: 'state_committee',
    sector: 'government',
    jurisdictionLevel: 'state',
    stateCode: 'CHP',
  },
];
