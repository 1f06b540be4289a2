import { expect } from 'vitest';
import type { client } from './test-app.ts';

type Session = ReturnType<typeof client>;

export type SyntheticIdentity = {
  givenNames: string;
  firstSurname: string;
  secondSurname?: string;
  birthDate?: string;
};

/** Opens a case in `session`'s agency with one survivor of the given (synthetic) identity. */
export async function caseWithSurvivor(session: Session, identity: SyntheticIdentity, sex = 'female') {
  const opened = await session.call('POST', '/api/v1/cases', { stateCode: 'PUE' });
  expect(opened.status).toBe(201);
  const caseId: string = opened.body.id;
  const added = await session.call('POST', `/api/v1/cases/${caseId}/people`, {
    role: 'survivor',
    sex,
    nationality: 'MX',
    identity,
  });
  expect(added.status).toBe(201);
  return { caseId, personId: added.body.id as string };
}

/** Shares a case with another agency, so that agency's staff may see its survivor. */
export async function shareCase(session: Session, caseId: string, agencyCode: string) {
  const shared = await session.call('POST', `/api/v1/cases/${caseId}/shares`, {
    agencyCode,
    reason: 'Coordinación entre instituciones para la atención de la víctima',
  });
  expect(shared.status).toBe(201);
}
