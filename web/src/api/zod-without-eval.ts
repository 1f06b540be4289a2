import { z } from 'zod';

/**
 * Zod compiles object schemas with `new Function` when it may; under Enlace's Content-Security-Policy
 * (no 'unsafe-eval') even its probe for that is a reported violation. Imported first by main.tsx, before
 * any schema is built.
 */
z.config({ jitless: true });
