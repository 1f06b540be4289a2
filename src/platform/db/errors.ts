/**
 * Failures of the database layer that have a known cause. `code` selects the sentence the CLI prints
 * (in the user's language); `params` fill it. Never put personal data in params.
 */
export type DatabaseProblemCode =
  | 'data_dir_in_use'
  | 'data_dir_unreachable'
  | 'data_dir_foreign'
  | 'postgres_failed_to_start'
  | 'postgres_unsupported_platform'
  | 'server_unreachable'
  | 'authentication_failed'
  | 'database_missing'
  | 'server_too_old'
  | 'app_role_missing'
  | 'reporting_role_bypasses_rls'
  | 'migration_edited'
  | 'migration_unknown'
  | 'migration_table_corrupt'
  | 'migration_failed';

export class DatabaseProblem extends Error {
  constructor(
    readonly code: DatabaseProblemCode,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code} ${JSON.stringify(params)}`, options);
    this.name = 'DatabaseProblem';
  }
}
