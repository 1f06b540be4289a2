import { escapeLiteral } from 'pg';

/** The values a statement sent inside a batch may carry; anything else is refused rather than guessed at. */
export type InlineValue = string | number | boolean | Date | null;

function literalOf(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') {
    // A NUL byte would end the protocol message early; PostgreSQL's text cannot hold one anyway.
    if (value.includes('\0')) throw new TypeError('a batched statement cannot carry a NUL byte');
    return escapeLiteral(value);
  }
  // In parentheses: a negative number after a minus sign would otherwise start a comment.
  if (typeof value === 'number' && Number.isFinite(value)) return `(${value})`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date && !Number.isNaN(value.getTime())) return escapeLiteral(value.toISOString());
  throw new TypeError(`a batched statement cannot carry a parameter of type ${typeof value}`);
}

/**
 * A compiled statement with its `$n` placeholders replaced by quoted literals, so that several statements
 * can travel in one simple-protocol message (which takes no parameters). Strings go through PostgreSQL's
 * own quoting (`escapeLiteral`), so a value can never end its literal. The replacement is one pass over
 * the statement's own text: a placeholder inside a value is never read again. Statements must not hold
 * `$n` anywhere but in placeholders (no dollar-quoted bodies).
 */
export function inlineParameters(statement: { sql: string; parameters: readonly unknown[] }): string {
  return statement.sql.replace(/\$(\d+)/g, (_placeholder, position: string) => {
    const index = Number(position) - 1;
    if (index < 0 || index >= statement.parameters.length) {
      throw new RangeError(`placeholder $${position} has no parameter`);
    }
    return literalOf(statement.parameters[index]);
  });
}
