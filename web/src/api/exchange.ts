import type { z } from 'zod';
import { type exportRequest, importSummary, NDJSON } from '../../../src/modules/exchange/contract.ts';
import { requestBlob, requestJson } from './client.ts';

export type ImportSummary = z.infer<typeof importSummary>;
export type ExportRequest = z.input<typeof exportRequest>;

/** All or nothing: a file with rejected lines answers 422 with every reject in `problem.rejects`. */
export function importBundle(text: string): Promise<ImportSummary> {
  return requestJson(
    { method: 'POST', path: '/api/v1/imports', text: { body: text, contentType: NDJSON } },
    importSummary,
  );
}

/** Answers 403 `reauthentication_required` when the last sign-in is old, like a reveal. */
export function exportBundle(request: ExportRequest): Promise<Blob> {
  return requestBlob({ method: 'POST', path: '/api/v1/exports', body: request });
}
