/** Pairs of records of the same person, as index pairs, from each record's true person. */
export function truePairs(personOf: ArrayLike<number>): [number, number][] {
  const members = new Map<number, number[]>();
  for (let record = 0; record < personOf.length; record++) {
    const group = members.get(personOf[record]!);
    if (group) group.push(record);
    else members.set(personOf[record]!, [record]);
  }
  const pairs: [number, number][] = [];
  for (const group of members.values()) {
    for (let a = 0; a < group.length; a++)
      for (let b = a + 1; b < group.length; b++) pairs.push([group[a]!, group[b]!]);
  }
  return pairs;
}

/** FEBRL ids are rec-N-org and rec-N-dup-K: N is the person. */
export function febrlPerson(recordId: string): number {
  const match = /^rec-(\d+)-/.exec(recordId);
  if (!match) throw new Error(`Not a FEBRL record id: ${recordId}`);
  return Number(match[1]);
}

export function share(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
