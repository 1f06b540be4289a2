// A KMS hook whose service is down.
export async function loadKeyRing(): Promise<never> {
  throw new Error('KMS unavailable');
}
