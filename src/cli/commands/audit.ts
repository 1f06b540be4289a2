import { readFile, writeFile } from 'node:fs/promises';
import { checkpointDocument, publicKeyFingerprint, signCheckpoint } from '../../platform/audit/checkpoint.ts';
import { sealPending } from '../../platform/audit/sealer.ts';
import { loadSigningKey } from '../../platform/audit/signing-key.ts';
import { type AuditVerification, verifyAuditLog } from '../../platform/audit/verify-log.ts';
import type { CommandContext, RegisterCommand } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { withDatabase } from '../with-database.ts';

export const registerAudit: RegisterCommand = (program, context) => {
  const { t } = context;
  const audit = program.command('audit').description(t('cli:audit.description'));
  audit
    .command('verify')
    .description(t('cli:audit.verify.description'))
    .option('--checkpoint <file>', t('cli:audit.verify.checkpoint'))
    .action((options: { checkpoint?: string }) => verify(options.checkpoint, context));
  audit
    .command('checkpoint')
    .description(t('cli:audit.checkpoint.description'))
    .option('-o, --output <file>', t('cli:audit.checkpoint.output'))
    .action((options: { output?: string }) => checkpoint(options.output, context));
};

async function readCheckpoint(file: string, { t }: CommandContext) {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new CliError(t('cli:audit.verify.unreadable', { file }), EXIT.usage);
  });
  const parsed = checkpointDocument.safeParse(JSON.parse(text.trim() || 'null'));
  if (!parsed.success) throw new CliError(t('cli:audit.verify.notACheckpoint', { file }), EXIT.usage);
  return parsed.data;
}

async function verify(checkpointFile: string | undefined, context: CommandContext) {
  const checkpoint = checkpointFile ? await readCheckpoint(checkpointFile, context) : undefined;
  await withDatabase(context, async (database) => {
    await sealPending(database.owner);
    const result = await verifyAuditLog(database.owner, checkpoint);
    context.out.write(`${describe(result, context)}\n`);
    if (!result.ok) context.setExitCode(EXIT.verificationFailed);
  });
}

function describe(result: AuditVerification, { t }: CommandContext): string {
  const lines = [t('cli:audit.verify.sealed', { count: result.sealed, head: result.head?.entryHash ?? '-' })];
  if (result.firstBreak)
    lines.push(t(`cli:audit.verify.break.${result.firstBreak.problem}`, result.firstBreak));
  if (result.orphans > 0) lines.push(t('cli:audit.verify.orphans', { count: result.orphans }));
  if (result.unsealed.count > 0) lines.push(t('cli:audit.verify.unsealed', result.unsealed));
  if (result.checkpoint) lines.push(t(`cli:audit.verify.checkpointVerdict.${result.checkpoint}`));
  lines.push(result.ok ? t('cli:audit.verify.ok') : t('cli:audit.verify.failed'));
  return lines.join('\n');
}

async function checkpoint(output: string | undefined, context: CommandContext) {
  await withDatabase(context, async (database) => {
    await sealPending(database.owner);
    const result = await verifyAuditLog(database.owner);
    if (!result.ok || !result.head)
      throw new CliError(context.t('cli:audit.checkpoint.refused'), EXIT.verificationFailed);
    const key = await loadSigningKey(process.env, database.dataDir);
    const signed = signCheckpoint(key, {
      position: result.head.position,
      entryHash: Buffer.from(result.head.entryHash, 'hex'),
    });
    const text = `${JSON.stringify(signed, null, 2)}\n`;
    if (output) await writeFile(output, text, { mode: 0o644 });
    else context.out.write(text);
    context.err.write(
      `${context.t('cli:audit.checkpoint.done', { position: signed.position, fingerprint: publicKeyFingerprint(signed.publicKey) })}\n`,
    );
  });
}
