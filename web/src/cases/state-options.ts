import { STATES } from '../../../src/modules/catalog/states.ts';

/** Mexico's 32 states by their own names, the same in every language; the value is the ISO code. */
export const STATE_OPTIONS = STATES.map((state) => ({ value: state.code, label: state.name }));

/** "Puebla, Tehuacán"; a code the catalog does not know is shown as it is. */
export function placeLabel(stateCode: string | null, municipality: string | null): string {
  const state = STATES.find((candidate) => candidate.code === stateCode)?.name ?? stateCode;
  return [state, municipality].filter(Boolean).join(', ');
}
