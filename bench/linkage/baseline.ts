import { isCompleteDate } from '../../src/modules/linkage/normalise/partial-date.ts';
import type { PreparedRecord } from '../../src/modules/linkage/record.ts';

/**
 * The baseline the issue asks for: two records are one person when their normalised given names,
 * both surnames and full birth date are identical. Records lacking any of them stay alone.
 */
export function exactMatchBaseline(records: readonly PreparedRecord[]): Int32Array {
  const clusterOfKey = new Map<string, number>();
  return Int32Array.from(records, (record, index) => {
    const date = record.birthDate;
    if (!record.givenNames || !record.surname1 || !date || !isCompleteDate(date)) return -1 - index;
    const key = [
      record.givenNames.text,
      record.surname1.text,
      record.surname2?.text ?? '',
      date.year,
      date.month,
      date.day,
    ].join('|');
    let cluster = clusterOfKey.get(key);
    if (cluster === undefined) {
      cluster = clusterOfKey.size;
      clusterOfKey.set(key, cluster);
    }
    return cluster;
  });
}
