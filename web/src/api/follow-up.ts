import type { z } from 'zod';
import { followUpTaskList, serviceTimeline } from '../../../src/modules/follow-up/follow-up-contract.ts';
import { requestJson } from './client.ts';

export type FollowUpTask = z.infer<typeof followUpTaskList>['items'][number];
export type TimelineEntry = z.infer<typeof serviceTimeline>['items'][number];

const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export function fetchCaseTasks(caseId: string): Promise<FollowUpTask[]> {
  return requestJson({ path: `${casePath(caseId)}/follow-up-tasks` }, followUpTaskList).then(
    (list) => list.items,
  );
}

export function fetchTaskInbox(): Promise<FollowUpTask[]> {
  return requestJson({ path: '/api/v1/follow-up-tasks' }, followUpTaskList).then((list) => list.items);
}

export function fetchServiceTimeline(caseId: string, personId: string): Promise<TimelineEntry[]> {
  return requestJson(
    { path: `${casePath(caseId)}/people/${encodeURIComponent(personId)}/service-timeline` },
    serviceTimeline,
  ).then((list) => list.items);
}
