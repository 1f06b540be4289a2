import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type RecordActionsProps = {
  /** Names the record for screen readers, since every row has the same buttons. */
  label: string;
  onEdit?: () => void;
  onRemove?: () => void;
};

export function RecordActions({ label, onEdit, onRemove }: RecordActionsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      {onEdit && (
        <Button
          size="compact-sm"
          variant="light"
          onClick={onEdit}
          aria-label={t('cases.records.editLabel', { label })}
        >
          {t('cases.records.edit')}
        </Button>
      )}
      {onRemove && (
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          onClick={onRemove}
          aria-label={t('cases.records.removeLabel', { label })}
        >
          {t('cases.records.remove')}
        </Button>
      )}
    </Group>
  );
}
