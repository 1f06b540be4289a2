import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../api/case-files.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { GroupBadge } from './GroupBadge.tsx';

type NoteCardProps = {
  note: NoteView;
  /** The person's number in the case, 0 for a note about the whole case. */
  number: number;
  onEdit: (() => void) | undefined;
  onRemove: (() => void) | undefined;
};

export function NoteCard({ note, number, onEdit, onRemove }: NoteCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const written = new Date(note.updatedAt).toLocaleString(language);
  return (
    <Card withBorder component="article" aria-label={t('caseFiles.notes.label', { date: written })}>
      <Stack gap="xs">
        <Group gap="xs">
          <GroupBadge group={note.fieldGroup} />
          {number > 0 && <Text fz="sm">{t('records.person', { number })}</Text>}
          <Text fz="sm" c="dimmed" ml="auto">
            {t('caseFiles.byline', {
              name: note.recordedBy.displayName,
              agency: note.recordedBy.agencyCode,
              date: written,
            })}
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{note.text}</Text>
        {(onEdit || onRemove) && (
          <Group gap="xs" justify="flex-end">
            {onEdit && (
              <Button variant="subtle" size="xs" onClick={onEdit}>
                {t('records.edit')}
              </Button>
            )}
            {onRemove && (
              <Button variant="subtle" size="xs" color="red" onClick={onRemove}>
                {t('records.remove')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
