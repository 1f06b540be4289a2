import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyRing } from '../../platform/crypto/key-ring.ts';
import { openAttachment, openDigest, openFileName, sealAttachment } from './attachment-crypto.ts';

const ring = createKeyRing();
const bytes = Buffer.from('%PDF-1.7 Marcadorsintetico');

describe('attachment encryption', () => {
  it('gives back the bytes, the name and the digest only for the row it was sealed for', () => {
    const id = randomUUID();
    const sealed = sealAttachment(ring, id, bytes, 'acta.pdf');
    expect(sealed.content.includes(Buffer.from('Marcadorsintetico'))).toBe(false);
    expect(openAttachment(ring, id, sealed)).toEqual(bytes);
    expect(openFileName(ring, id, sealed.fileName)).toBe('acta.pdf');
    expect(openDigest(ring, id, sealed.sha256)).toMatch(/^[0-9a-f]{64}$/);
    expect(() => openAttachment(ring, randomUUID(), sealed)).toThrow(/decryption_failed/);
  });

  it('refuses bytes altered or swapped between rows', () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const a = sealAttachment(ring, first, bytes, 'a.pdf');
    const b = sealAttachment(ring, second, bytes, 'b.pdf');
    expect(() => openAttachment(ring, first, { ...a, content: b.content })).toThrow(/decryption_failed/);
    const flipped = Buffer.from(a.content);
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    expect(() => openAttachment(ring, first, { ...a, content: flipped })).toThrow(/decryption_failed/);
  });
});
