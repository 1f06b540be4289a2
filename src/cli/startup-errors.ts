import type { Translate } from '../platform/i18n/translate.ts';

/** Turns failures with a known cause into one sentence saying what is wrong and what to do. */
export function describeStartupError(_error: unknown, _t: Translate): string | undefined {
  return undefined;
}
