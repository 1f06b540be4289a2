import { blindIndex } from '../../../platform/crypto/blind-index.ts';
import type { KeyRing } from '../../../platform/crypto/key-ring.ts';
import { blockingKeyFunction } from '../model/blocking-keys.ts';
import type { CompiledComparison } from '../model/comparator.ts';
import type { BlockingRuleSpec } from '../model/spec.ts';
import type { PreparedRecord } from '../record.ts';

const asIs = (value: string) => value;
const BLOCK_KEY = { table: 'linkage_block_keys', column: 'key_hash', normalise: asIs };
const TERM_VALUE = { table: 'linkage_term_values', column: 'value_hash', normalise: asIs };

/**
 * A record's blocking keys (rule name and key) as keyed HMACs: two records share a hash exactly when
 * a rule would put them in one block, and the table of hashes says nothing without the key ring.
 */
export type BlockKey = { hash: string; maxBlockSize: number };

export function blockKeyHasher(
  ring: KeyRing,
  rules: readonly BlockingRuleSpec[],
  defaultMaxBlockSize: number,
): (record: PreparedRecord) => BlockKey[] {
  const keyFunctions = rules.map((rule) => ({
    name: rule.name,
    maxBlockSize: rule.maxBlockSize ?? defaultMaxBlockSize,
    keysOf: blockingKeyFunction(rule.on, []),
  }));
  return (record) => {
    const keys = new Map<string, number>();
    for (const { name, maxBlockSize, keysOf } of keyFunctions) {
      for (const key of keysOf(record))
        keys.set(blindIndex(ring, BLOCK_KEY, `${name}\n${key}`)!, maxBlockSize);
    }
    return [...keys].map(([hash, maxBlockSize]) => ({ hash, maxBlockSize }));
  };
}

export type TermValue = { comparison: string; domain: string; valueHash: string };

/** The values a record contributes to the frequency tables, as keyed HMACs. */
export function termValues(
  ring: KeyRing,
  comparisons: readonly CompiledComparison[],
  record: PreparedRecord,
): TermValue[] {
  return comparisons.flatMap((comparison) => {
    const domain = comparison.spec.termFrequency;
    const value = domain ? comparison.value(record) : null;
    if (!domain || value === null) return [];
    return [{ comparison: comparison.spec.name, domain, valueHash: termValueHash(ring, value) }];
  });
}

export function termValueHash(ring: KeyRing, value: string): string {
  return blindIndex(ring, TERM_VALUE, value)!;
}
