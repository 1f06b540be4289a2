import { z } from 'zod';

export const NOTE_MAX_LENGTH = 10_000;

export const caseFileGroup = z
  .enum(['needs', 'identity', 'investigation'])
  .describe('Who may read it: needs (services too), identity, or investigation (never a shelter)');

const noteText = z.string().trim().min(1).max(NOTE_MAX_LENGTH);

export const noteRequest = z.strictObject({
  personId: z.uuid().optional(),
  fieldGroup: caseFileGroup,
  text: noteText,
});

export const notePatch = z.strictObject({ text: noteText });

export const recordedBy = z.object({ displayName: z.string(), agencyCode: z.string() });

export const noteView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  personId: z.uuid().nullable(),
  fieldGroup: caseFileGroup,
  text: z.string(),
  recordedBy,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NoteView = z.infer<typeof noteView>;

export const noteList = z.object({ items: z.array(noteView) });
