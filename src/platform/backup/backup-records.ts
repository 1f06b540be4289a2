import { z } from 'zod';

/** What a backup holds once decrypted: JSON Lines, one record each, in this order. */
const migration = z.strictObject({ version: z.number().int(), name: z.string(), checksum: z.string() });

export const backupRecord = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start'), serverVersion: z.string(), migrations: z.array(migration) }),
  z.strictObject({ kind: z.literal('table'), name: z.string(), columns: z.array(z.string()).min(1) }),
  // Each row is PostgreSQL's own JSON text, never parsed in between: numbers keep every digit and
  // JSON columns every byte (audit details are hashed into the chain as stored).
  z.strictObject({ kind: z.literal('rows'), table: z.string(), rows: z.array(z.string()) }),
  z.strictObject({
    kind: z.literal('sequence'),
    name: z.string(),
    lastValue: z.string(),
    isCalled: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('end'), counts: z.record(z.string(), z.number().int()) }),
]);

export type BackupRecord = z.infer<typeof backupRecord>;
export type AppliedMigration = z.infer<typeof migration>;
