/**
 * Mexico's 32 federal entities (domain.md §11): INEGI code, ISO 3166-2:MX code without the `MX-` prefix,
 * and name. Ciudad de México counts as a state here, as the seed treats the federal district's prosecutor.
 */
export const STATES = [
  { inegi: '01', code: 'AGU', name: 'Aguascalientes' },
  { inegi: '02', code: 'BCN', name: 'Baja California' },
  { inegi: '03', code: 'BCS', name: 'Baja California Sur' },
  { inegi: '04', code: 'CAM', name: 'Campeche' },
  { inegi: '05', code: 'COA', name: 'Coahuila' },
  { inegi: '06', code: 'COL', name: 'Colima' },
  { inegi: '07', code: 'CHP', name: 'Chiapas' },
  { inegi: '08', code: 'CHH', name: 'Chihuahua' },
  { inegi: '09', code: 'CMX', name: 'Ciudad de México' },
  { inegi: '10', code: 'DUR', name: 'Durango' },
  { inegi: '11', code: 'GUA', name: 'Guanajuato' },
  { inegi: '12', code: 'GRO', name: 'Guerrero' },
  { inegi: '13', code: 'HID', name: 'Hidalgo' },
  { inegi: '14', code: 'JAL', name: 'Jalisco' },
  { inegi: '15', code: 'MEX', name: 'México' },
  { inegi: '16', code: 'MIC', name: 'Michoacán' },
  { inegi: '17', code: 'MOR', name: 'Morelos' },
  { inegi: '18', code: 'NAY', name: 'Nayarit' },
  { inegi: '19', code: 'NLE', name: 'Nuevo León' },
  { inegi: '20', code: 'OAX', name: 'Oaxaca' },
  { inegi: '21', code: 'PUE', name: 'Puebla' },
  { inegi: '22', code: 'QUE', name: 'Querétaro' },
  { inegi: '23', code: 'ROO', name: 'Quintana Roo' },
  { inegi: '24', code: 'SLP', name: 'San Luis Potosí' },
  { inegi: '25', code: 'SIN', name: 'Sinaloa' },
  { inegi: '26', code: 'SON', name: 'Sonora' },
  { inegi: '27', code: 'TAB', name: 'Tabasco' },
  { inegi: '28', code: 'TAM', name: 'Tamaulipas' },
  { inegi: '29', code: 'TLA', name: 'Tlaxcala' },
  { inegi: '30', code: 'VER', name: 'Veracruz' },
  { inegi: '31', code: 'YUC', name: 'Yucatán' },
  { inegi: '32', code: 'ZAC', name: 'Zacatecas' },
] as const;

export type StateCode = (typeof STATES)[number]['code'];

/** The codes as a non-empty tuple, so zod can build an enum from them. */
export const STATE_CODES = STATES.map((state) => state.code) as [StateCode, ...StateCode[]];

export function stateName(code: StateCode): string {
  return STATES.find((state) => state.code === code)!.name;
}
