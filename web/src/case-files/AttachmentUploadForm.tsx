import { Button, FileInput, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { type CaseFileGroup, uploadAttachment } from '../api/case-files.ts';
import { ProblemAlert } from '../api/ProblemAlert.tsx';

// Checked again on the server, which reads the type from the bytes; this only spares a futile upload.
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.odt,.ods';
const MAX_BYTES = 10 * 1024 * 1024;

type AttachmentUploadFormProps = { caseId: string; groups: CaseFileGroup[]; onUploaded: () => void };

export function AttachmentUploadForm({ caseId, groups, onUploaded }: AttachmentUploadFormProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [group, setGroup] = useState<CaseFileGroup>(groups[0] ?? 'needs');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const tooLarge = file !== null && file.size > MAX_BYTES;
  const send = async () => {
    if (!file) return;
    setFailure(null);
    setSending(true);
    try {
      await uploadAttachment(caseId, file, group);
      setFile(null);
      onUploaded();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setFailure(error);
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <Group align="flex-end" gap="sm">
        <FileInput
          label={t('caseFiles.attachments.file')}
          description={t('caseFiles.attachments.fileHint')}
          accept={ACCEPT}
          value={file}
          onChange={setFile}
          clearable
          error={tooLarge ? t('caseFiles.attachments.tooLarge') : undefined}
          style={{ flex: 1 }}
        />
        <Select
          label={t('caseFiles.readers')}
          data={groups.map((value) => ({ value, label: t(`caseFiles.groups.${value}`) }))}
          value={group}
          onChange={(value) => value && setGroup(value as CaseFileGroup)}
          allowDeselect={false}
        />
        <Button onClick={send} loading={sending} disabled={!file || tooLarge}>
          {t('caseFiles.attachments.upload')}
        </Button>
      </Group>
      {failure && <ProblemAlert error={failure} />}
    </>
  );
}
