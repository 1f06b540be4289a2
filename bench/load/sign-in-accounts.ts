import { generate } from 'otplib';
import type { Role } from '../../src/platform/access/roles.ts';
import { createUser } from '../../src/platform/auth/create-user.ts';
import type { Database } from '../../src/platform/db/database.ts';

const PASSWORD = 'contraseña sintética de carga 2026';

/** What a browser adds to the web app's calls: same-origin fetch metadata, which the CSRF check reads. */
export const browserHeaders = (baseUrl: string) => ({
  origin: baseUrl,
  'sec-fetch-site': 'same-origin',
  'accept-language': 'es-MX',
});

export type SignedInAccount = { agency: string; role: Role; cookie: string };

/**
 * Creates `perAgency` accounts with `role` in each agency and signs each in through the API as the web
 * app does: password, then (for roles that need it) enrolment of an authenticator app and its first code.
 */
export async function signInAccounts(
  database: Database,
  baseUrl: string,
  agencies: readonly string[],
  role: Role,
  perAgency: number,
): Promise<SignedInAccount[]> {
  const accounts: SignedInAccount[] = [];
  for (const agency of agencies) {
    for (let index = 0; index < perAgency; index++) {
      const username = `carga.${role}.${agency}.${index}`.toLowerCase();
      await createUser(database.db, {
        username,
        displayName: username,
        password: PASSWORD,
        agency,
        roles: [role],
      });
      accounts.push({ agency, role, cookie: await signIn(baseUrl, username) });
    }
  }
  return accounts;
}

async function signIn(baseUrl: string, username: string): Promise<string> {
  const headers = { ...browserHeaders(baseUrl), 'content-type': 'application/json' };
  const password = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = sessionCookie(password);
  if (password.status === 200) return cookie;
  const step = (await password.json()) as { mfa?: string };
  if (password.status !== 202 || step.mfa !== 'enrolment_required')
    throw new Error(`sign-in answered ${password.status}`);
  const enrolment = await fetch(`${baseUrl}/api/v1/session/mfa/enrolment`, {
    method: 'POST',
    headers: { ...browserHeaders(baseUrl), cookie },
  });
  const { manualKey } = (await enrolment.json()) as { manualKey: string };
  const confirmed = await fetch(`${baseUrl}/api/v1/session/mfa/enrolment/confirmation`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({ code: await generate({ secret: manualKey }) }),
  });
  if (confirmed.status !== 200) throw new Error(`enrolment answered ${confirmed.status}`);
  return sessionCookie(confirmed);
}

function sessionCookie(response: Response): string {
  const value = response.headers.get('set-cookie')?.split(';')[0];
  if (!value) throw new Error(`no session cookie (status ${response.status})`);
  return value;
}
