import type { z } from 'zod';
import { type Notification, notificationList } from '../../../src/contracts/notifications.ts';
import { requestJson, requestNoContent } from './client.ts';

export type { Notification };
export type NotificationList = z.infer<typeof notificationList>;

export function fetchNotifications(): Promise<NotificationList> {
  return requestJson({ path: '/api/v1/notifications' }, notificationList);
}

export function markNotificationRead(notificationId: string): Promise<void> {
  return requestNoContent({
    method: 'POST',
    path: `/api/v1/notifications/${encodeURIComponent(notificationId)}/read`,
  });
}
