import { EmptyState, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AttachmentView, fetchAttachments, removeAttachment } from '../api/case-files.ts';
import type { CaseView } from '../api/cases.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { RemovalDialog } from '../exploitation/RemovalDialog.tsx';
import { AttachmentRow } from './AttachmentRow.tsx';
import { AttachmentUploadForm } from './AttachmentUploadForm.tsx';
import { groupChoices } from './file-groups.ts';

export function AttachmentsPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [savedAt, setSavedAt] = useState(0);
  const [removing, setRemoving] = useState<AttachmentView | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const read = useCallback(() => fetchAttachments(view.id), [view.id]);
  const files = useApiQuery(read, savedAt);
  const mayWrite = view.allowedActions.includes('case.update');
  const changed = (message: string) => {
    setRemoving(null);
    setAnnouncement(message);
    setSavedAt(Date.now());
  };
  return (
    <Stack gap="sm">
      <Title order={3} fz="h4">
        {t('caseFiles.attachments.title')}
      </Title>
      <Text role="status" fz="sm">
        {announcement}
      </Text>
      {mayWrite && (
        <AttachmentUploadForm
          caseId={view.id}
          groups={groupChoices(view)}
          onUploaded={() => changed(t('caseFiles.attachments.uploaded'))}
        />
      )}
      {files.status === 'loading' && <Loader role="status" aria-label={t('loading')} />}
      {files.status === 'failed' && <ProblemAlert error={files.error} />}
      {files.status === 'loaded' && files.data.length === 0 && (
        <EmptyState
          p="md"
          title={t('caseFiles.attachments.emptyTitle')}
          description={t('caseFiles.attachments.empty')}
          role="status"
        />
      )}
      {files.status === 'loaded' && files.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('caseFiles.attachments.name')}</Table.Th>
                <Table.Th>{t('caseFiles.attachments.sizeHeading')}</Table.Th>
                <Table.Th>{t('caseFiles.readers')}</Table.Th>
                <Table.Th>{t('caseFiles.attachments.author')}</Table.Th>
                <Table.Th>{t('caseFiles.attachments.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.data.map((file) => (
                <AttachmentRow
                  key={file.id}
                  caseId={view.id}
                  file={file}
                  onRemove={mayWrite ? () => setRemoving(file) : undefined}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RemovalDialog
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        onRemove={async (reason) => {
          if (!removing) return;
          await removeAttachment(view.id, removing, reason);
          changed(t('caseFiles.attachments.removed'));
        }}
      />
    </Stack>
  );
}
