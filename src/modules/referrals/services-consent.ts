import type { ConsentScope } from '../consent/statistics-use.ts';

/** A consent record as far as sharing with a provider cares (consents table, migration 0014). */
export type ConsentForSharing = {
  id: string;
  scopes: readonly ConsentScope[];
  recipientAgencyTypes: readonly string[];
  recipientAgencyIds: readonly string[];
  givenOn: string;
  revokedOn: string | null;
};

/**
 * The survivor's consent in force on `asOf` (ISO date) to share with this provider for services: the
 * scope includes services and the provider is named, or its kind of institution is. A revocation ends
 * it that day. The first such consent's id, or null.
 */
export function consentForProvider(
  consents: readonly ConsentForSharing[],
  provider: { agencyId: string; agencyType: string },
  asOf: string,
): string | null {
  const found = consents.find(
    (consent) =>
      consent.scopes.includes('services') &&
      consent.givenOn <= asOf &&
      (consent.revokedOn === null || consent.revokedOn > asOf) &&
      (consent.recipientAgencyIds.includes(provider.agencyId) ||
        consent.recipientAgencyTypes.includes(provider.agencyType)),
  );
  return found?.id ?? null;
}
