import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type AttachmentView, downloadAttachment } from '../api/case-files.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';
import { saveFile } from '../files/save-file.ts';
import { GroupBadge } from './GroupBadge.tsx';

type AttachmentRowProps = { caseId: string; file: AttachmentView; onRemove: (() => void) | undefined };

export function AttachmentRow({ caseId, file, onRemove }: AttachmentRowProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const download = async () => {
    setFailure(null);
    try {
      saveFile(await downloadAttachment(caseId, file.id), file.fileName);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    }
  };
  return (
    <Table.Tr>
      <Table.Td>
        <Text fz="sm">{file.fileName}</Text>
        {failure && <ProblemAlert error={failure} />}
      </Table.Td>
      <Table.Td>
        {t('caseFiles.attachments.size', { kib: Math.max(1, Math.round(file.sizeBytes / 1024)) })}
      </Table.Td>
      <Table.Td>
        <GroupBadge group={file.fieldGroup} />
      </Table.Td>
      <Table.Td>
        {file.recordedBy.displayName} ({file.recordedBy.agencyCode})
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="light"
            size="xs"
            onClick={download}
            aria-label={t('caseFiles.attachments.downloadLabel', { name: file.fileName })}
          >
            {t('caseFiles.attachments.download')}
          </Button>
          {onRemove && (
            <Button variant="subtle" size="xs" color="red" onClick={onRemove}>
              {t('records.remove')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
