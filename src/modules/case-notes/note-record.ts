import type { z } from 'zod';
import type { RecordKind } from '../case-records/record-kind.ts';
import { personOfCase } from '../cases/authorize-case.ts';
import type { NoteView, notePatch, noteRequest } from './contract.ts';
import { openNoteText, sealNoteText } from './note-fields.ts';

type Create = z.output<typeof noteRequest>;
type Patch = z.output<typeof notePatch>;

/**
 * A free-text note on a case. Its author chooses who may read it (the field group), which never
 * changes afterwards: widening it would show the text to readers the author did not mean. The text is
 * named in history, never valued.
 */
export const noteRecord: RecordKind<'case_notes', Create, Patch, NoteView> = {
  recordType: 'case_note',
  table: 'case_notes',
  groupOf: (note) => note.fieldGroup,
  prosecutorial: () => false,
  history: { personId: 'shown', fieldGroup: 'shown', text: 'protected' },
  list: async ({ trx, caseId, keyRing }, filter) => {
    let query = trx
      .selectFrom('case_notes as n')
      .innerJoin('users as author', 'author.id', 'n.recorded_by')
      .innerJoin('agencies as agency', 'agency.id', 'n.recorded_by_agency_id')
      .select([
        'n.id',
        'n.version',
        'n.person_id as personId',
        'n.field_group as fieldGroup',
        'n.body',
        'n.created_at as createdAt',
        'n.updated_at as updatedAt',
        'author.display_name as authorName',
        'agency.code as agencyCode',
      ])
      .where('n.case_id', '=', caseId);
    if (filter.id) query = query.where('n.id', '=', filter.id);
    if (filter.personId) query = query.where('n.person_id', '=', filter.personId);
    const rows = await query.orderBy('n.created_at').orderBy('n.id').execute();
    return rows.map(({ body, authorName, agencyCode, createdAt, updatedAt, ...row }) => ({
      ...row,
      text: openNoteText(keyRing, row.id, body),
      recordedBy: { displayName: authorName, agencyCode },
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    }));
  },
  columnsToCreate: async (scope, recordId, input) => ({
    person_id: input.personId ? await personOfCase(scope.trx, scope.caseId, input.personId) : null,
    field_group: input.fieldGroup,
    body: sealNoteText(scope.keyRing, recordId, input.text),
  }),
  columnsToUpdate: async (scope, existing, patch) => ({
    body: sealNoteText(scope.keyRing, existing.id, patch.text),
  }),
  dependents: [],
  removable: true,
};
