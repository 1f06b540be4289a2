import type { PreparedRecord } from '../record.ts';
import { blockingKeyFunction } from './blocking-keys.ts';
import type { BlockingRuleSpec } from './spec.ts';

/** One rule's keys, as compressed rows: record → its sorted key ids, key → its records. */
type RuleIndex = {
  name: string;
  maxBlockSize: number;
  recordKeyStart: Int32Array;
  recordKeys: Int32Array;
  blockStart: Int32Array;
  blockMembers: Int32Array;
};

export type BlockingIndex = { rules: RuleIndex[] };

export type BlockingStats = { rule: string; pairs: number; oversizedBlocks: number; skippedPairs: number }[];

export function buildBlockingIndex(
  records: readonly PreparedRecord[],
  rules: readonly BlockingRuleSpec[],
  extraNames: readonly string[],
  maxBlockSize: number,
): BlockingIndex {
  return {
    rules: rules.map((rule) => indexRule(records, rule, extraNames, rule.maxBlockSize ?? maxBlockSize)),
  };
}

function indexRule(
  records: readonly PreparedRecord[],
  rule: BlockingRuleSpec,
  extraNames: readonly string[],
  maxBlockSize: number,
): RuleIndex {
  const keysOf = blockingKeyFunction(rule.on, extraNames);
  const keyIds = new Map<string, number>();
  const recordKeyStart = new Int32Array(records.length + 1);
  const collected: number[] = [];
  for (const record of records) {
    const ids = keysOf(record).map((key) => {
      let id = keyIds.get(key);
      if (id === undefined) {
        id = keyIds.size;
        keyIds.set(key, id);
      }
      return id;
    });
    collected.push(...new Set(ids.sort((x, y) => x - y)));
    recordKeyStart[record.index + 1] = collected.length;
  }
  const recordKeys = Int32Array.from(collected);
  const blockStart = new Int32Array(keyIds.size + 1);
  for (const key of recordKeys) blockStart[key + 1]!++;
  for (let key = 0; key < keyIds.size; key++) blockStart[key + 1]! += blockStart[key]!;
  const fill = blockStart.slice(0, keyIds.size);
  const blockMembers = new Int32Array(recordKeys.length);
  for (let record = 0; record < records.length; record++) {
    for (let k = recordKeyStart[record]!; k < recordKeyStart[record + 1]!; k++) {
      blockMembers[fill[recordKeys[k]!]!++] = record;
    }
  }
  return { name: rule.name, maxBlockSize, recordKeyStart, recordKeys, blockStart, blockMembers };
}

function blockSize(rule: RuleIndex, key: number): number {
  return rule.blockStart[key + 1]! - rule.blockStart[key]!;
}

/** The smallest key two records share in a block that is compared, or -1. */
function firstSharedKey(rule: RuleIndex, i: number, j: number): number {
  let a = rule.recordKeyStart[i]!;
  let b = rule.recordKeyStart[j]!;
  const endA = rule.recordKeyStart[i + 1]!;
  const endB = rule.recordKeyStart[j + 1]!;
  while (a < endA && b < endB) {
    const keyA = rule.recordKeys[a]!;
    const keyB = rule.recordKeys[b]!;
    if (keyA < keyB) a++;
    else if (keyB < keyA) b++;
    else if (blockSize(rule, keyA) <= rule.maxBlockSize) return keyA;
    else {
      a++;
      b++;
    }
  }
  return -1;
}

/** Bit r is set when the rule r would compare the two records. Zero: blocking never compares them. */
export function rulesComparing(index: BlockingIndex, i: number, j: number): number {
  let mask = 0;
  index.rules.forEach((rule, r) => {
    if (firstSharedKey(rule, i, j) >= 0) mask |= 1 << r;
  });
  return mask;
}

/**
 * Visits each pair that at least one rule compares, once: from the first rule and the first key
 * that bring the two records together. Returns per-rule counts.
 */
export function forEachCandidatePair(
  index: BlockingIndex,
  visit: (i: number, j: number, ruleMask: number) => void,
): BlockingStats {
  return index.rules.map((rule, r) => {
    let pairs = 0;
    let oversizedBlocks = 0;
    let skippedPairs = 0;
    const keyCount = rule.blockStart.length - 1;
    for (let key = 0; key < keyCount; key++) {
      const size = blockSize(rule, key);
      if (size > rule.maxBlockSize) {
        oversizedBlocks++;
        skippedPairs += (size * (size - 1)) / 2;
        continue;
      }
      const start = rule.blockStart[key]!;
      for (let x = start; x < start + size; x++) {
        for (let y = x + 1; y < start + size; y++) {
          const i = rule.blockMembers[x]!;
          const j = rule.blockMembers[y]!;
          if (firstSharedKey(rule, i, j) !== key) continue;
          const mask = rulesComparing(index, i, j);
          if ((mask & ((1 << r) - 1)) !== 0) continue;
          visit(i, j, mask);
          pairs++;
        }
      }
    }
    return { rule: rule.name, pairs, oversizedBlocks, skippedPairs };
  });
}
