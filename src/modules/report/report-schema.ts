import { z } from 'zod';
import { annualReport } from '../../contracts/annual-report.ts';

export const REPORT_SCHEMA_FILE = 'docs/formats/annual-report.schema.json';

/**
 * The published JSON Schema of the annual report's `json` format, generated from the zod schema the
 * API, the CLI and the web app share, so that the document and the code cannot disagree.
 */
export function annualReportSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(annualReport, { io: 'output', target: 'draft-2020-12' }),
    $id: 'urn:enlace:format:annual-report:1',
    title: 'Enlace annual report (version 1)',
    description:
      'The annual report as `enlace report --format json` and `GET /api/v1/reports/annual/{year}` give it. See docs/formats/annual-report.md.',
  };
}

export const annualReportSchemaText = () => `${JSON.stringify(annualReportSchema(), null, 2)}\n`;
