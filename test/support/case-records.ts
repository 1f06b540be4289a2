import { expect } from 'vitest';
import type { client } from './test-app.ts';

type Session = ReturnType<typeof client>;

/** A case opened by `session` with one survivor, one suspect and one witness (no identities). */
export async function caseWithPeople(session: Session, stateCode = 'PUE') {
  const opened = await session.call('POST', '/api/v1/cases', { stateCode });
  expect(opened.status).toBe(201);
  const caseId: string = opened.body.id;
  const person = async (role: string) => {
    const added = await session.call('POST', `/api/v1/cases/${caseId}/people`, { role });
    expect(added.status).toBe(201);
    return added.body.id as string;
  };
  return {
    caseId,
    survivorId: await person('survivor'),
    suspectId: await person('suspect'),
    witnessId: await person('witness'),
  };
}

export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** The first invalid field a 400 names, with its message. */
export function refusedField(response: {
  status: number;
  body: { errors?: { path: string; message: string }[] };
}) {
  expect(response.status).toBe(400);
  const [first] = response.body.errors ?? [];
  return first ?? { path: '', message: '' };
}

/** A date `days` from today (negative: in the past), as ISO text. */
export const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
