/** Why a backup could not be written or restored; the CLI turns the code into a sentence. */
export type BackupProblemCode =
  | 'external_database'
  | 'output_exists'
  | 'unreadable'
  | 'not_a_backup'
  | 'key_unknown'
  | 'wrong_key'
  | 'tampered'
  | 'truncated'
  | 'schema_mismatch'
  | 'target_not_empty'
  | 'counts_differ';

export class BackupProblem extends Error {
  constructor(
    readonly code: BackupProblemCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'BackupProblem';
  }
}
