import type { KeyRingDocument } from '../key-ring-document.ts';

/** A ring with known material, as a KMS would hand it over. Test data only. */
export const fixedRingDocument = (): KeyRingDocument => ({
  format: 'enlace-keyring/1',
  activeKeyId: 'kms-2',
  keys: [
    { id: 'kms-1', created: '2025-01-01T00:00:00.000Z', retired: '2025-06-01T00:00:00.000Z' },
    { id: 'kms-2', created: '2025-06-01T00:00:00.000Z', secret: Buffer.alloc(32, 1).toString('base64url') },
  ],
  blindIndexKey: { created: '2025-01-01T00:00:00.000Z', secret: Buffer.alloc(32, 2).toString('base64url') },
});
