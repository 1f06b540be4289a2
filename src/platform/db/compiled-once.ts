import type { Compilable, CompiledQuery } from 'kysely';

/**
 * A query that is built and compiled once instead of on every call (a hot path: Kysely's building and
 * compiling cost more than a third of a millisecond per request for the session query). The builder
 * runs once with a stand-in object for each named value; each call copies the compiled query and puts
 * its own values where the stand-ins were. Kysely passes values through to the parameters untouched, so
 * the text is the one a fresh compile would give (compiled-once.test.ts holds the two equal).
 */
export function compiledOnce<Values extends Record<string, unknown>, Row>(
  names: readonly (keyof Values & string)[],
  build: (values: Values) => Compilable<Row>,
): (values: Values) => CompiledQuery<Row> {
  let compiled: { query: CompiledQuery<Row>; slots: ((keyof Values & string) | undefined)[] } | undefined;
  return (values) => {
    if (!compiled) {
      const standIns = Object.fromEntries(
        names.map((name) => [name, { standIn: name }]),
      ) as unknown as Values;
      const query = build(standIns).compile();
      const slots = query.parameters.map((parameter) => names.find((name) => standIns[name] === parameter));
      for (const name of names) {
        if (!slots.includes(name)) throw new Error(`the query does not use the value ${name}`);
      }
      compiled = { query, slots };
    }
    const { query, slots } = compiled;
    return {
      ...query,
      parameters: query.parameters.map((parameter, index) => {
        const slot = slots[index];
        return slot === undefined ? parameter : values[slot];
      }),
    };
  };
}
