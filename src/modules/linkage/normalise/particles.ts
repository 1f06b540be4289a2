/**
 * Connecting words inside Spanish names ("de la Cruz", "María de los Ángeles", "García y López"). They
 * are written or left out at will, so names are compared without them.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'e',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'van',
  'von',
]);

export function withoutParticles(tokens: readonly string[]): string[] {
  return tokens.filter((token) => !NAME_PARTICLES.has(token));
}
