import { Indicator, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error.ts';
import { markNotificationRead, type Notification } from '../api/notifications.ts';
import { BellIcon } from '../icons/BellIcon.tsx';
import { NotificationItem } from './NotificationItem.tsx';
import { notificationPath } from './notification-path.ts';
import { useNotifications } from './useNotifications.ts';

/** The unread count in the header and the latest notifications; opening one marks it read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { list, failure, refresh } = useNotifications();
  const unread = list?.unread ?? 0;
  const open = async (notification: Notification) => {
    // Following the link matters more than the mark: if marking fails, it simply stays unread.
    if (notification.readAt === null) await markNotificationRead(notification.id).catch(ignoreApiError);
    refresh();
    await navigate(notificationPath(notification));
  };
  return (
    // Inside the header landmark, without the focus placeholder, as the user menu (axe).
    <Menu
      position="bottom-end"
      width={360}
      shadow="md"
      withinPortal={false}
      withInitialFocusPlaceholder={false}
      onOpen={refresh}
    >
      <Menu.Target>
        <UnstyledButton
          c="white"
          aria-label={unread > 0 ? t('notifications.openWithUnread', { unread }) : t('notifications.open')}
        >
          <Indicator label={unread} size={18} disabled={unread === 0} color="red.9" offset={4}>
            <BellIcon />
          </Indicator>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {/* Messages are disabled items: a menu holds menu items only. */}
        {failure && (
          <Menu.Item disabled>
            <Text c="red.9" fz="sm">
              {failure.problem.detail}
            </Text>
          </Menu.Item>
        )}
        {list?.items.length === 0 && <Menu.Item disabled>{t('notifications.empty')}</Menu.Item>}
        {list?.items.map((notification) => (
          <Menu.Item key={notification.id} onClick={() => void open(notification)}>
            <NotificationItem notification={notification} />
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function ignoreApiError(error: unknown): void {
  if (!(error instanceof ApiError)) throw error;
}
