import { ROLES } from '../../platform/access/roles.ts';
import { createUser, newUser } from '../../platform/auth/create-user.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { localizeZodError } from '../../platform/i18n/validation-messages.ts';
import type { CommandContext, RegisterCommand } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { promptHidden, readStdin } from '../prompt-password.ts';
import { withDatabase } from '../with-database.ts';

type CreateOptions = {
  username: string;
  displayName: string;
  locale: string;
  agency: string;
  role: string[];
  passwordStdin: boolean;
};

const collect = (value: string, previous: string[]) => [...previous, value];

export const registerUser: RegisterCommand = (program, context) => {
  const { t } = context;
  const user = program.command('user').description(t('cli:user.description'));
  user
    .command('create')
    .description(t('cli:user.create.description'))
    .requiredOption('-u, --username <username>', t('cli:user.create.username'))
    .requiredOption('-n, --display-name <name>', t('cli:user.create.displayName'))
    .requiredOption('-a, --agency <code>', t('cli:user.create.agency'))
    .option('-r, --role <role>', t('cli:user.create.role', { roles: ROLES.join(', ') }), collect, [])
    .option('-l, --locale <locale>', t('cli:user.create.locale'), 'es-MX')
    .option('--password-stdin', t('cli:user.create.passwordStdin'), false)
    .action((options: CreateOptions) => create(options, context));
};

async function create(options: CreateOptions, context: CommandContext): Promise<void> {
  const { t } = context;
  const input = {
    username: options.username,
    displayName: options.displayName,
    locale: options.locale,
    agency: options.agency,
    roles: options.role,
    password: await readPassword(options.passwordStdin, context),
  };
  const parsed = newUser.safeParse(input);
  if (!parsed.success) {
    const problems = localizeZodError(parsed.error, input, t).map((error) => error.message);
    throw new CliError(t('cli:user.create.invalid', { problems: problems.join('; ') }), EXIT.usage);
  }
  await withDatabase(context, async (database) => {
    try {
      await createUser(database.db, parsed.data);
    } catch (error) {
      if (error instanceof ProblemError && error.code === 'username_taken') {
        throw new CliError(t('cli:user.create.taken', { username: parsed.data.username }), EXIT.usage);
      }
      if (error instanceof ProblemError && error.code === 'unknown_agency') {
        throw new CliError(t('cli:user.create.unknownAgency', { agency: parsed.data.agency }), EXIT.usage);
      }
      throw error;
    }
  });
  context.out.write(`${t('cli:user.create.created', { username: parsed.data.username })}\n`);
}

async function readPassword(fromStdin: boolean, { t }: CommandContext): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) return readStdin();
  const first = await promptHidden(t('cli:user.create.prompt'));
  const second = await promptHidden(t('cli:user.create.promptAgain'));
  if (first !== second) throw new CliError(t('cli:user.create.mismatch'), EXIT.usage);
  return first;
}
