import { z } from 'zod';

/** What a notification says; each kind has its sentence in the web catalog and its link in the web app. */
export const NOTIFICATION_KINDS = [
  'transfer_requested',
  'transfer_accepted',
  'transfer_declined',
  'transfer_escalated',
  'transfer_unanswered',
  'referral_received',
  'referral_answered',
  'referral_withdrawn',
  'referral_reminder',
  'referral_overdue',
  'referral_unanswered',
  'protection_follow_up_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notification = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  subject: z.object({ type: z.string(), id: z.uuid() }),
  caseId: z.uuid().nullable(),
  /** Non-personal values the sentence names: agency codes, deadlines. */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notification>;

export const notificationList = z.object({ items: z.array(notification), unread: z.number().int() });
export const notificationId = z.strictObject({ notificationId: z.uuid() });
