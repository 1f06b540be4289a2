import { withoutParticles } from './particles.ts';
import { foldedTokens } from './text.ts';

export type Surnames = { paternal: string | null; maternal: string | null };

/**
 * Spanish naming gives two surnames, paternal then maternal. Records hold them in two fields, or
 * both in the first ("García López", "García y López"), or only one. Particles are dropped, so
 * "de la Cruz" is "cruz". When the second field is empty and the first holds several words, the first
 * word is the paternal surname and the rest the maternal one; a surname alone in the second field
 * moves to the first. Whether two records list them in the same order is decided per pair when they
 * are compared.
 */
export function splitSurnames(first: string, second: string): Surnames {
  const firstTokens = withoutParticles(foldedTokens(first));
  const secondTokens = withoutParticles(foldedTokens(second));
  if (secondTokens.length === 0 && firstTokens.length > 1) {
    return { paternal: firstTokens[0]!, maternal: firstTokens.slice(1).join(' ') };
  }
  // A surname recorded alone is the first one, whichever column it was typed in.
  if (firstTokens.length === 0) return { paternal: joinOrNull(secondTokens), maternal: null };
  return { paternal: joinOrNull(firstTokens), maternal: joinOrNull(secondTokens) };
}

function joinOrNull(tokens: string[]): string | null {
  return tokens.length > 0 ? tokens.join(' ') : null;
}
