import { z } from 'zod';
import { changesSomething, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { pastDate } from '../case-records/dates.ts';
import { reportIssues } from '../case-records/field-issues.ts';
import { resolutionIssues } from '../case-records/resolution.ts';

export const APPELLANTS = ['prosecution', 'defence', 'victim'] as const;
export const APPEAL_RESULTS = ['pending', 'upheld', 'overturned', 'modified'] as const;

type Appeal = {
  filedOn: string;
  result: (typeof APPEAL_RESULTS)[number];
  decidedOn?: string | null | undefined;
};

export const appealIssues = (appeal: Appeal) =>
  resolutionIssues(
    { final: appeal.result !== 'pending', startedOn: appeal.filedOn, resolvedOn: appeal.decidedOn },
    'decidedOn',
  );

export const appealRequest = z
  .strictObject({
    verdictId: z.uuid(),
    appellant: z.enum(APPELLANTS),
    filedOn: pastDate(),
    result: z.enum(APPEAL_RESULTS).default('pending'),
    decidedOn: pastDate().optional(),
  })
  .superRefine((appeal, context) => reportIssues(appealIssues(appeal), context));

export const appealPatch = z
  .strictObject({
    appellant: z.enum(APPELLANTS).optional(),
    filedOn: pastDate().optional(),
    result: z.enum(APPEAL_RESULTS).optional(),
    decidedOn: pastDate().nullable().optional(),
  })
  .refine(changesSomething, NOTHING_TO_CHANGE);

export const appealView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  verdictId: z.uuid(),
  appellant: z.enum(APPELLANTS),
  filedOn: z.string(),
  result: z.enum(APPEAL_RESULTS),
  decidedOn: z.string().nullable(),
});
export type AppealView = z.infer<typeof appealView>;
