import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { hashSessionToken } from '../../src/platform/auth/session-token.ts';

/** What the API acknowledged with a 2xx, and how every other attempt ended. */
export type Ledger = {
  cases: string[];
  people: { id: string; caseId: string }[];
  /** Request ids of case reads answered 200: each must have its committed `case.read` entry. */
  reads: string[];
  /** Attempts that got no 2xx: by status, or `network` when the connection failed. */
  unacknowledged: Record<string, number>;
};

export const emptyLedger = (): Ledger => ({ cases: [], people: [], reads: [], unacknowledged: {} });

const GIVEN_NAMES = ['María Guadalupe', 'Juana', 'Rosa Elena', 'Karla', 'Brenda', 'José Luis', 'Ximena'];
const SURNAMES = ['Hernández', 'García', 'Martínez', 'López', 'Ramírez', 'Cruz', 'Pérez'];
const STATES = ['PUE', 'CHP', 'OAX', 'VER', 'CMX'];
const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)]!;

/**
 * A prosecutor's office and a case worker with a live session, written straight into the database
 * once: the harness is about what happens to writes, sign-in has its own tests.
 */
export async function createCaseWorker(superuser: pg.Pool): Promise<string> {
  const agency = await superuser.query(
    `INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level, state_code)
     VALUES ('FGE-PUE', 'Fiscalía General del Estado de Puebla', 'state_prosecutor', 'government', 'state', 'PUE')
     RETURNING id`,
  );
  const user = await superuser.query(
    `INSERT INTO users (username, display_name, password_hash, agency_id)
     VALUES ('escritora-de-prueba', 'Escritora de prueba', '$argon2id$harness-only', $1) RETURNING id`,
    [agency.rows[0].id],
  );
  await superuser.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'case_worker')`, [
    user.rows[0].id,
  ]);
  const token = randomBytes(32).toString('base64url');
  await superuser.query(
    `INSERT INTO sessions (token_hash, user_id, idle_expires_at, absolute_expires_at, authenticated_at)
     VALUES ($1, $2, now() + interval '1 day', now() + interval '2 days', now())`,
    [hashSessionToken(token), user.rows[0].id],
  );
  return `enlace_session=${token}`;
}

type Post = (path: string, body: unknown) => Promise<{ status: number; body: { id?: string } | undefined }>;

function poster(baseUrl: string, cookie: string): Post {
  return async (path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'accept-language': 'es-MX' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}

/** A case read; the request id it was answered under, when it was answered 200. */
async function readCase(baseUrl: string, cookie: string, caseId: string): Promise<string | undefined> {
  const response = await fetch(`${baseUrl}/api/v1/cases/${caseId}`, {
    headers: { cookie, 'accept-language': 'es-MX' },
  }).catch(() => undefined);
  await response?.arrayBuffer().catch(() => undefined);
  return response?.status === 200 ? (response.headers.get('x-request-id') ?? undefined) : undefined;
}

/**
 * One writer: opens a case, records two survivors in it (identities encrypted) and reads it twice,
 * again and again until told to stop. A write counts only once its 2xx response has arrived; a read
 * only once its 200 has, since the read's audit entry commits before its answer.
 */
export async function writeUntil(baseUrl: string, cookie: string, ledger: Ledger, stopped: () => boolean) {
  const post = poster(baseUrl, cookie);
  const attempt = async (path: string, body: unknown): Promise<string | undefined> => {
    const outcome = await post(path, body).catch(() => undefined);
    if (outcome && outcome.status >= 200 && outcome.status < 300 && outcome.body?.id) return outcome.body.id;
    const key = outcome ? String(outcome.status) : 'network';
    ledger.unacknowledged[key] = (ledger.unacknowledged[key] ?? 0) + 1;
    // A server that is down refuses at once; pausing keeps the writers from spinning.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return undefined;
  };
  while (!stopped()) {
    const caseId = await attempt('/api/v1/cases', { stateCode: pick(STATES) });
    if (!caseId) continue;
    ledger.cases.push(caseId);
    for (let n = 0; n < 2 && !stopped(); n++) {
      const personId = await attempt(`/api/v1/cases/${caseId}/people`, {
        role: 'survivor',
        needs: ['shelter'],
        identity: { givenNames: pick(GIVEN_NAMES), firstSurname: pick(SURNAMES) },
      });
      if (personId) ledger.people.push({ id: personId, caseId });
    }
    for (let n = 0; n < 2 && !stopped(); n++) {
      const requestId = await readCase(baseUrl, cookie, caseId);
      if (requestId) ledger.reads.push(requestId);
    }
  }
}
