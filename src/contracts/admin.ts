import { z } from 'zod';
import { ROLES } from '../platform/access/roles.ts';

export const managedUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  agency: z.object({ code: z.string(), name: z.string() }),
  roles: z.array(z.enum(ROLES)),
  disabled: z.boolean(),
  mfaEnrolled: z.boolean(),
  createdAt: z.string(),
});
export type ManagedUser = z.infer<typeof managedUser>;
export const managedUserList = z.object({ items: z.array(managedUser) });

export const createManagedUser = z.strictObject({
  username: z.string(),
  displayName: z.string(),
  password: z.string(),
  locale: z.enum(['es-MX', 'en']).optional(),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  /** Platform administrators only; others create users in their own agency. */
  agencyCode: z.string().optional(),
});

export const updateManagedUser = z
  .strictObject({
    roles: z.array(z.enum(ROLES)).max(ROLES.length).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((change) => change.roles !== undefined || change.disabled !== undefined, {
    message: 'nothing to change',
  });

/** How the administrator verified the person's identity before resetting their second factor. */
export const resetMfaRequest = z.strictObject({ reason: z.string().trim().min(20).max(2000) });
