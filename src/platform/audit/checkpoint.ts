import { createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { z } from 'zod';

export const checkpointDocument = z.strictObject({
  format: z.literal('enlace-audit-checkpoint/1'),
  position: z.string().regex(/^\d+$/),
  entryHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.iso.datetime(),
  publicKey: z.string().min(1),
  signature: z.string().min(1),
});
export type Checkpoint = z.infer<typeof checkpointDocument>;

const signedBytes = (checkpoint: Pick<Checkpoint, 'format' | 'position' | 'entryHash' | 'createdAt'>) =>
  Buffer.from(
    JSON.stringify([checkpoint.format, checkpoint.position, checkpoint.entryHash, checkpoint.createdAt]),
  );

/**
 * A signed statement "the chain had this hash at this position", for an outside party to keep. Later,
 * the same position must still carry the same hash: the log may only have grown.
 */
export function signCheckpoint(
  privateKey: KeyObject,
  head: { position: string; entryHash: Buffer },
  now = new Date(),
): Checkpoint {
  const unsigned = {
    format: 'enlace-audit-checkpoint/1' as const,
    position: head.position,
    entryHash: head.entryHash.toString('hex'),
    createdAt: now.toISOString(),
  };
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
  const signature = sign(null, signedBytes(unsigned), privateKey).toString('base64');
  return { ...unsigned, publicKey, signature };
}

export function checkpointSignatureValid(checkpoint: Checkpoint): boolean {
  try {
    const publicKey = createPublicKey({
      key: Buffer.from(checkpoint.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    return verify(null, signedBytes(checkpoint), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}

/** The public key's fingerprint, which the outside party compares with the one it was given. */
export const publicKeyFingerprint = (publicKeyBase64: string) =>
  Buffer.from(publicKeyBase64, 'base64').subarray(-32).toString('hex');
