import { fixedRingDocument } from './fixed-ring.ts';

// A read-only KMS hook that hands over the ring as decrypted JSON text.
export async function loadKeyRing(): Promise<string> {
  return JSON.stringify(fixedRingDocument());
}
