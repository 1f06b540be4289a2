import type { PreparedRecord } from '../record.ts';
import type { CompiledComparison } from './comparator.ts';

/** Share of all values of a frequency domain that each value takes ("hernandez" among surnames). */
export type TermFrequencies = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function termFrequencies(
  records: readonly PreparedRecord[],
  comparisons: readonly CompiledComparison[],
): TermFrequencies {
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const comparison of comparisons) {
    const domain = comparison.spec.termFrequency;
    if (!domain) continue;
    const domainCounts = counts.get(domain) ?? new Map<string, number>();
    counts.set(domain, domainCounts);
    for (const record of records) {
      const value = comparison.value(record);
      if (value === null) continue;
      domainCounts.set(value, (domainCounts.get(value) ?? 0) + 1);
      totals.set(domain, (totals.get(domain) ?? 0) + 1);
    }
  }
  return new Map(
    [...counts].map(([domain, domainCounts]) => {
      const total = totals.get(domain) ?? 1;
      return [domain, new Map([...domainCounts].map(([value, count]) => [value, count / total]))];
    }),
  );
}
