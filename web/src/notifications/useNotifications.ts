import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import { fetchNotifications, type NotificationList } from '../api/notifications.ts';

const REFRESH_MS = 60_000;

/** The reader's notifications, read again every minute and on demand; the last list stays while reading. */
export function useNotifications() {
  const [list, setList] = useState<NotificationList | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const refresh = useCallback(() => {
    fetchNotifications().then(
      (fresh) => {
        setList(fresh);
        setFailure(null);
      },
      (error: unknown) => {
        if (!(error instanceof ApiError)) throw error;
        setFailure(error);
      },
    );
  }, []);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return { list, failure, refresh };
}
