import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../api/notifications.ts';
import { DateTime } from '../i18n/DateTime.tsx';

/** The sentence of a notification, when it came, and whether it is still unread (in words, not colour). */
export function NotificationItem({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const unread = notification.readAt === null;
  return (
    <Stack gap={2}>
      <Text fz="sm" fw={unread ? 600 : 400}>
        {t(`notifications.kinds.${notification.kind}`, notification.params)}
      </Text>
      <Group gap="xs">
        <Text fz="xs" c="dimmed">
          <DateTime iso={notification.createdAt} />
        </Text>
        {unread && (
          <Badge size="xs" color="red.9" variant="light">
            {t('notifications.unread')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}
