import { ConfigError } from '../platform/config/config.ts';
import { CryptoProblem } from '../platform/crypto/crypto-problem.ts';
import { DatabaseProblem } from '../platform/db/errors.ts';
import type { Translate } from '../platform/i18n/translate.ts';

/** Turns failures with a known cause into one sentence saying what is wrong and what to do. */
export function describeStartupError(error: unknown, t: Translate): string | undefined {
  if (error instanceof DatabaseProblem) return t(`cli:db.problems.${error.code}`, error.params);
  if (
    error instanceof CryptoProblem &&
    (error.code.startsWith('keyring_') || error.code.startsWith('key_'))
  ) {
    return t(`cli:keys.problems.${error.code}`, error.params);
  }
  if (error instanceof ConfigError) {
    return t('cli:config.invalid', { variable: error.variable, problem: error.problem });
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE')
    return t('cli:serve.portInUse', { port: (error as { port?: number }).port ?? '?' });
  if (code === 'EACCES' || code === 'EPERM') {
    return t('cli:errors.permission', { path: (error as NodeJS.ErrnoException).path ?? '?' });
  }
  return undefined;
}

/** Sentences for the notices the database layer leaves: `code`, or `code:detail` (data_dir_moved: the folder it left). */
export function describeNotice(notice: string, dataDir: string, t: Translate): string {
  const [code, detail] = notice.split(/:(.*)/s);
  if (code === 'data_dir_moved') return t('cli:db.notices.data_dir_moved', { from: detail, to: dataDir });
  return t(`cli:db.notices.${code}`, { dir: dataDir });
}
