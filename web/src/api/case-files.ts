import type { z } from 'zod';
import {
  type AttachmentView,
  attachmentList,
  attachmentView,
} from '../../../src/modules/attachments/contract.ts';
import {
  type NoteView,
  noteList,
  type notePatch,
  type noteRequest,
  noteView,
} from '../../../src/modules/case-notes/contract.ts';
import { requestBlob, requestJson, requestNoContent } from './client.ts';

export type { AttachmentView, NoteView };
export type CaseFileGroup = NoteView['fieldGroup'];
export type CreateNoteRequest = z.input<typeof noteRequest>;

const casePath = (caseId: string, suffix: string) => `/api/v1/cases/${encodeURIComponent(caseId)}/${suffix}`;
const notePath = (caseId: string, id?: string) =>
  casePath(caseId, id ? `notes/${encodeURIComponent(id)}` : 'notes');
const filePath = (caseId: string, id?: string) =>
  casePath(caseId, id ? `attachments/${encodeURIComponent(id)}` : 'attachments');

/** Every read of a note's text is audited on the server. */
export function fetchNotes(caseId: string): Promise<NoteView[]> {
  return requestJson({ path: notePath(caseId) }, noteList).then((list) => list.items);
}

export function createNote(caseId: string, request: CreateNoteRequest): Promise<NoteView> {
  return requestJson({ method: 'POST', path: notePath(caseId), body: request }, noteView);
}

/** Answers 412 `version_conflict` when someone changed the note since `version` was read. */
export function updateNote(
  caseId: string,
  note: { id: string; version: number },
  patch: z.input<typeof notePatch>,
): Promise<NoteView> {
  return requestJson(
    { method: 'PATCH', path: notePath(caseId, note.id), body: patch, ifMatch: note.version },
    noteView,
  );
}

export function removeNote(caseId: string, note: { id: string; version: number }, reason: string) {
  return requestNoContent({
    method: 'DELETE',
    path: notePath(caseId, note.id),
    body: { reason },
    ifMatch: note.version,
  });
}

export function fetchAttachments(caseId: string): Promise<AttachmentView[]> {
  return requestJson({ path: filePath(caseId) }, attachmentList).then((list) => list.items);
}

/** The server reads the type from the bytes; 415 for a type off its list, 413 past 10 MiB. */
export function uploadAttachment(
  caseId: string,
  file: File,
  fieldGroup: CaseFileGroup,
): Promise<AttachmentView> {
  return requestJson(
    {
      method: 'POST',
      path: `${filePath(caseId)}?${new URLSearchParams({ fieldGroup })}`,
      file: { body: file, name: file.name },
    },
    attachmentView,
  );
}

export function downloadAttachment(caseId: string, attachmentId: string): Promise<Blob> {
  return requestBlob({ path: `${filePath(caseId, attachmentId)}/content` });
}

export function removeAttachment(caseId: string, file: { id: string; version: number }, reason: string) {
  return requestNoContent({
    method: 'DELETE',
    path: filePath(caseId, file.id),
    body: { reason },
    ifMatch: file.version,
  });
}
