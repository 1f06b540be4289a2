import { z } from 'zod';
import { curp } from './person-inputs.ts';
import { PERSON_ROLES } from './schema.ts';

const SEARCH_KEYS = ['curp', 'passport', 'name'] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];

/**
 * Exactly one of: a CURP, a passport number, or a name. The value travels in the body, never in the
 * address, so that it stays out of proxies' and browsers' histories.
 */
export const peopleSearchRequest = z
  .strictObject({
    curp: curp.optional(),
    passport: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z][0-9A-Za-z -]{0,39}$/)
      .optional(),
    name: z.string().trim().min(2).max(400).optional(),
    limit: z.number().int().min(1).max(100).default(20),
    offset: z.number().int().min(0).max(10_000).default(0),
  })
  .refine((search) => SEARCH_KEYS.filter((key) => search[key] !== undefined).length === 1, {
    params: { key: 'one_search_key' },
  });
export type PeopleSearchRequest = z.infer<typeof peopleSearchRequest>;

export const peopleSearchResult = z.object({
  items: z.array(
    z.object({ personId: z.uuid(), caseId: z.uuid(), caseReference: z.string(), role: z.enum(PERSON_ROLES) }),
  ),
  /** The offset of the next page; null on the last page. */
  nextOffset: z.number().int().nullable(),
});
export type PeopleSearchResult = z.infer<typeof peopleSearchResult>;
