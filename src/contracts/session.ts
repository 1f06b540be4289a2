import { z } from 'zod';
import { ROLES } from '../platform/access/roles.ts';

/** Shared by the API (validation, OpenAPI) and the web app (types, forms). */
export const signInRequest = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.infer<typeof signInRequest>;

export const language = z.enum(['es-MX', 'en']);

export const currentUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  locale: language,
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  roles: z.array(z.enum(ROLES)),
});
export type CurrentUser = z.infer<typeof currentUser>;
