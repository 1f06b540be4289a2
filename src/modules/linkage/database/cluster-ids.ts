/**
 * Cluster ids for regrouped records: each group keeps the id most of its members had, larger groups
 * choosing first, so a person's cluster id survives a new record joining it or one record leaving it.
 * A group whose members' ids were all taken by larger groups, or had none, gets a new id.
 */
export function assignClusterIds(
  groupOf: ArrayLike<number>,
  previous: readonly (string | null)[],
  newId: () => string,
): string[] {
  const members = new Map<number, number[]>();
  for (let record = 0; record < groupOf.length; record++) {
    const group = groupOf[record]!;
    members.set(group, [...(members.get(group) ?? []), record]);
  }
  const taken = new Set<string>();
  const idOfGroup = new Map<number, string>();
  const bySize = [...members].sort(([a, x], [b, y]) => y.length - x.length || a - b);
  for (const [group, records] of bySize) {
    const votes = new Map<string, number>();
    for (const record of records) {
      const id = previous[record];
      if (id && !taken.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const best = [...votes].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0] ?? newId();
    taken.add(best);
    idOfGroup.set(group, best);
  }
  return Array.from({ length: groupOf.length }, (_, record) => idOfGroup.get(groupOf[record]!)!);
}
