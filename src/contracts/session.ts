import { z } from 'zod';

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
});
export type CurrentUser = z.infer<typeof currentUser>;
