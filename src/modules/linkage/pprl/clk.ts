import { createHmac } from 'node:crypto';
import type { PreparedRecord } from '../record.ts';
import { CLK_BITS, CLK_WORDS, type ClkField } from './clk-schema.ts';

/** Positions one 32-byte HMAC output yields: 16 two-byte numbers, each taken modulo 1024. */
const POSITIONS_PER_DIGEST = 16;

/**
 * Encodes records into CLKs. Every (field, token) sets `bitsPerToken` bits whose positions come from
 * HMAC-SHA256 under a key derived from the shared secret and the field name: without the secret
 * nobody can recompute which bits a name sets (no dictionary attack), the same bigram in two fields
 * sets unrelated bits, and the positions are independent ("random hashing"), not the double-hashing
 * sequence h1 + i·h2 that pattern-mining attacks exploit.
 */
export class ClkEncoder {
  private readonly fieldKeys: Buffer[];
  private readonly positionCache: Map<string, Uint16Array>[];

  constructor(
    secret: Buffer,
    private readonly fields: readonly ClkField[],
  ) {
    this.fieldKeys = fields.map((field) =>
      createHmac('sha256', secret).update(`enlace-clk-v1/${field.name}`).digest(),
    );
    this.positionCache = fields.map(() => new Map());
  }

  encode(record: PreparedRecord): Uint32Array {
    const clk = new Uint32Array(CLK_WORDS);
    this.fields.forEach((field, f) => {
      for (const token of field.tokens(record)) {
        for (const position of this.positions(f, token)) clk[position >>> 5]! |= 1 << (position & 31);
      }
    });
    return clk;
  }

  private positions(field: number, token: string): Uint16Array {
    const cache = this.positionCache[field]!;
    let positions = cache.get(token);
    if (positions) return positions;
    const count = this.fields[field]!.bitsPerToken;
    positions = new Uint16Array(count);
    for (let block = 0; block * POSITIONS_PER_DIGEST < count; block++) {
      const digest = createHmac('sha256', this.fieldKeys[field]!).update(`${block}\u0000${token}`).digest();
      for (let i = 0; i < POSITIONS_PER_DIGEST && block * POSITIONS_PER_DIGEST + i < count; i++) {
        positions[block * POSITIONS_PER_DIGEST + i] = digest.readUInt16BE(i * 2) % CLK_BITS;
      }
    }
    cache.set(token, positions);
    return positions;
  }

  /**
   * A fingerprint of the secret and the field layout, written with every encoding so the linker can
   * tell that two files were encoded alike without learning anything about the secret.
   */
  keyCheck(): string {
    const layout = this.fields.map((field) => `${field.name}:${field.bitsPerToken}`).join(',');
    return createHmac('sha256', this.fieldKeys[0]!)
      .update(`enlace-clk-v1/check/${layout}`)
      .digest('hex')
      .slice(0, 16);
  }
}
