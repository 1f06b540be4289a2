import type { Translate } from '../platform/i18n/translate.ts';

/** Commander speaks English only; its usage errors are recognised and said again in the user's language. */
const PATTERNS: [RegExp, string][] = [
  [/unknown command '([^']+)'/, 'unknownCommand'],
  [/unknown option '([^']+)'/, 'unknownOption'],
  [/required option '([^']+)' not specified/, 'requiredOption'],
  [/missing required argument '([^']+)'/, 'missingArgument'],
  [/option '([^']+)' argument missing/, 'optionArgumentMissing'],
  [/option '([^']+)' argument '[^']*' is invalid/, 'invalidOptionArgument'],
  [/command-argument value '[^']*' is invalid for argument '([^']+)'/, 'invalidArgument'],
  [/too many arguments/, 'tooManyArguments'],
];

export function localizeUsageError(message: string, t: Translate): string {
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return `enlace: ${t(`cli:usage.${key}`, { name: match[1] ?? '' })}\n`;
  }
  return message;
}
