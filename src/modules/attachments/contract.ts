import { z } from 'zod';
import { caseFileGroup, recordedBy } from '../case-notes/contract.ts';
import { ATTACHMENT_TYPES } from './sniff-type.ts';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const OCTET_STREAM = 'application/octet-stream';

/** Who may read the file and whom it is about; its name travels in a header, never in the address. */
export const uploadQuery = z.strictObject({ fieldGroup: caseFileGroup, personId: z.uuid().optional() });

const fileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[\p{Cc}/\\]/u.test(name), { params: { key: 'file_name_invalid' } });

/** The original name, percent-encoded (encodeURIComponent) so that any UTF-8 name fits in a header. */
export const uploadHeaders = z.object({
  'x-file-name': z
    .string()
    .max(1000)
    .transform((encoded, context) => {
      try {
        return decodeURIComponent(encoded);
      } catch {
        context.addIssue({ code: 'custom', params: { key: 'file_name_invalid' } });
        return z.NEVER;
      }
    })
    .pipe(fileName),
});

export const attachmentParams = z.strictObject({ caseId: z.uuid(), attachmentId: z.uuid() });

export const attachmentView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  personId: z.uuid().nullable(),
  fieldGroup: caseFileGroup,
  contentType: z.enum(ATTACHMENT_TYPES),
  sizeBytes: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  recordedBy,
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentView>;

export const attachmentList = z.object({ items: z.array(attachmentView) });
