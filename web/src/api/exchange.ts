import type { z } from 'zod';
import { CSV, type exportRequest, importSummary, NDJSON } from '../../../src/modules/exchange/contract.ts';
import { requestBlob, requestJson } from './client.ts';

export type ImportSummary = z.infer<typeof importSummary>;
export type ExportRequest = z.input<typeof exportRequest>;
export type ExchangeFormat = ExportRequest['format'];

const CONTENT_TYPE: Record<ExchangeFormat, string> = { bundle: NDJSON, 'htcds-csv': CSV };

/** All or nothing: a file with rejected lines or rows answers 422 with every reject in `problem.rejects`. */
export function importFile(text: string, format: ExchangeFormat): Promise<ImportSummary> {
  return requestJson(
    { method: 'POST', path: '/api/v1/imports', text: { body: text, contentType: CONTENT_TYPE[format] } },
    importSummary,
  );
}

/** Answers 403 `reauthentication_required` when the last sign-in is old, like a reveal. */
export function exportCases(request: ExportRequest): Promise<Blob> {
  return requestBlob({ method: 'POST', path: '/api/v1/exports', body: request });
}
