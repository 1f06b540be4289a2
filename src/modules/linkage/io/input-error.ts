/** What is wrong with an input file; the CLI turns each into a sentence in the user's language. */
export type InputProblem =
  | 'unreadable'
  | 'csvSyntax'
  | 'columnCount'
  | 'missingColumn'
  | 'duplicateColumn'
  | 'emptyId'
  | 'duplicateId'
  | 'badDate'
  | 'badSex'
  | 'badCurp'
  | 'badPhone'
  | 'badEncoding'
  | 'encodingMismatch';

/** A file that cannot be linked as it is, with where the problem is: file, line (1 = header), column. */
export class LinkageInputError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly file: string,
    readonly row: number | null,
    readonly column: string | null,
    readonly value: string | null = null,
  ) {
    super(`${file}${row === null ? '' : `:${row}`}${column === null ? '' : ` [${column}]`}: ${problem}`);
    this.name = 'LinkageInputError';
  }
}
