import type { Notification } from '../api/notifications.ts';
import { CASES_PATH } from '../cases/case-search.ts';
import { TRANSFERS_PATH } from '../jurisdiction/jurisdiction-paths.ts';
import { REFERRALS_PATH } from '../referrals/referral-paths.ts';

/**
 * Where a notification leads: the inbox for what the reader's agency must answer, the case for what
 * happened to a request it made. The case's own access rules apply when it opens.
 */
export function notificationPath(notification: Notification): string {
  switch (notification.kind) {
    case 'transfer_requested':
    case 'transfer_escalated':
      return TRANSFERS_PATH;
    case 'transfer_accepted':
    case 'transfer_declined':
    case 'transfer_unanswered':
      return notification.caseId ? `${CASES_PATH}/${notification.caseId}` : TRANSFERS_PATH;
    case 'referral_received':
    case 'referral_withdrawn':
    case 'referral_reminder':
    case 'referral_overdue':
      return REFERRALS_PATH;
    case 'referral_answered':
    case 'referral_unanswered':
    case 'protection_follow_up_overdue':
      return notification.caseId ? `${CASES_PATH}/${notification.caseId}` : REFERRALS_PATH;
  }
}
