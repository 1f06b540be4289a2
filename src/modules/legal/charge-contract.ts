import { z } from 'zod';
import { changesSomething, NOTHING_TO_CHANGE } from '../case-records/contract.ts';
import { pastDate } from '../case-records/dates.ts';
import { type FieldIssue, issue, reportIssues } from '../case-records/field-issues.ts';
import { EXPLOITATION_FORMS, type ExploitationForm } from '../exploitation/forms.ts';
import { articleCoversForm, LAW_ARTICLES, type LawArticle } from './general-law.ts';

/** The form charged must be one the article defines (art. 10 takes any). */
export const chargeIssues = (charge: { lawArticle: LawArticle; form: ExploitationForm }): FieldIssue[] =>
  articleCoversForm(charge.lawArticle, charge.form) ? [] : [issue('form', 'form_not_in_article')];

export const chargeRequest = z
  .strictObject({
    proceedingId: z.uuid(),
    /** A suspect of the case. */
    personId: z.uuid(),
    /** Article of the 2012 General Law. */
    lawArticle: z.enum(LAW_ARTICLES),
    form: z.enum(EXPLOITATION_FORMS),
    chargedOn: pastDate(),
  })
  .superRefine((charge, context) => reportIssues(chargeIssues(charge), context));

export const chargePatch = z
  .strictObject({
    lawArticle: z.enum(LAW_ARTICLES).optional(),
    form: z.enum(EXPLOITATION_FORMS).optional(),
    chargedOn: pastDate().optional(),
  })
  .refine(changesSomething, NOTHING_TO_CHANGE);

export const chargeView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  proceedingId: z.uuid(),
  personId: z.uuid(),
  lawArticle: z.enum(LAW_ARTICLES),
  form: z.enum(EXPLOITATION_FORMS),
  chargedOn: z.string(),
});
export type ChargeView = z.infer<typeof chargeView>;
