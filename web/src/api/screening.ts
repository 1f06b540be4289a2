import type { z } from 'zod';
import { type ScreeningResult, screeningResult } from '../../../src/modules/screening/contract.ts';
import { instrumentDetail, instrumentList } from '../../../src/modules/screening/instrument-contract.ts';
import type { Answer, Answers } from '../../../src/modules/screening/instruments/types.ts';
import {
  identificationDecision,
  identificationList,
  type identificationRequest,
  screeningList,
  storedScreening,
} from '../../../src/modules/screening/record-contract.ts';
import { requestJson } from './client.ts';

export type { Answer, Answers, ScreeningResult };
export type InstrumentList = z.infer<typeof instrumentList>['items'];
export type InstrumentDetail = z.infer<typeof instrumentDetail>;
export type LocalizedText = InstrumentDetail['title'];
export type KeptScreening = z.infer<typeof screeningList>['items'][number];
export type IdentificationStatus = z.infer<typeof identificationList>['items'][number];
export type IdentificationRequest = z.input<typeof identificationRequest>;

const instrumentPath = (instrumentId: string) =>
  `/api/v1/screening/instruments/${encodeURIComponent(instrumentId)}`;
const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export function fetchInstruments(): Promise<InstrumentList> {
  return requestJson({ path: '/api/v1/screening/instruments' }, instrumentList).then((list) => list.items);
}

export function fetchInstrument(instrumentId: string): Promise<InstrumentDetail> {
  return requestJson({ path: instrumentPath(instrumentId) }, instrumentDetail);
}

/** The result the answers give, computed by the server and kept nowhere, for review before saving. */
export function classifyAnswers(instrumentId: string, answers: Answers): Promise<ScreeningResult> {
  return requestJson(
    { method: 'POST', path: `${instrumentPath(instrumentId)}/classify`, body: { answers } },
    screeningResult,
  );
}

export function keepScreening(
  caseId: string,
  interview: { personId: string; instrumentId: string; answers: Answers },
): Promise<z.infer<typeof storedScreening>> {
  const body = {
    personId: interview.personId,
    instrument: interview.instrumentId,
    answers: interview.answers,
  };
  return requestJson({ method: 'POST', path: `${casePath(caseId)}/screenings`, body }, storedScreening);
}

export function fetchScreenings(caseId: string): Promise<KeptScreening[]> {
  return requestJson({ path: `${casePath(caseId)}/screenings` }, screeningList).then((list) => list.items);
}

export function fetchIdentification(caseId: string): Promise<IdentificationStatus[]> {
  return requestJson({ path: `${casePath(caseId)}/identification` }, identificationList).then(
    (list) => list.items,
  );
}

export function decideIdentification(
  caseId: string,
  personId: string,
  request: IdentificationRequest,
): Promise<z.infer<typeof identificationDecision>> {
  return requestJson(
    {
      method: 'POST',
      path: `${casePath(caseId)}/people/${encodeURIComponent(personId)}/identification`,
      body: request,
    },
    identificationDecision,
  );
}
