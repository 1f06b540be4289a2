import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type RecordActionsProps = {
  /**
   * Names the record for screen readers, since every row has the same buttons: a label that goes into
   * "Change: …" and "Remove: …", or both buttons' whole names where a sentence reads better.
   */
  label: string | { edit: string; remove: string };
  onEdit?: () => void;
  onRemove?: () => void;
};

export function RecordActions({ label, onEdit, onRemove }: RecordActionsProps) {
  const { t } = useTranslation();
  const names =
    typeof label === 'string'
      ? { edit: t('cases.records.editLabel', { label }), remove: t('cases.records.removeLabel', { label }) }
      : label;
  return (
    <Group gap="xs" wrap="nowrap">
      {onEdit && (
        <Button size="compact-sm" variant="light" onClick={onEdit} aria-label={names.edit}>
          {t('cases.records.edit')}
        </Button>
      )}
      {onRemove && (
        <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove} aria-label={names.remove}>
          {t('cases.records.remove')}
        </Button>
      )}
    </Group>
  );
}
