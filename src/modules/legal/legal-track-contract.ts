import { z } from 'zod';
import { CASE_STATUSES } from '../cases/schema.ts';
import { appealView } from './appeal-contract.ts';
import { bilateralView } from './bilateral-contract.ts';
import { chargeView } from './charge-contract.ts';
import { extraditionView } from './extradition-contract.ts';
import { proceedingView } from './proceeding-contract.ts';
import { verdictView } from './verdict-contract.ts';

export const legalTrack = z.object({
  proceedings: z.array(proceedingView),
  charges: z.array(chargeView),
  verdicts: z.array(verdictView),
  appeals: z.array(appealView),
  extraditions: z.array(extraditionView),
  bilateralInvestigations: z.array(bilateralView),
  /** The status these records point to when it is ahead of the case's; never applied by itself. */
  suggestedStatus: z.enum(CASE_STATUSES).nullable(),
});
export type LegalTrack = z.infer<typeof legalTrack>;
