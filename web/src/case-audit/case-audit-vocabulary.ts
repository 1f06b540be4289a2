/**
 * Audit actions with a sentence in web.json (`caseAudit.actions`; catalog keys hold no dots); any other
 * action shows its code alone.
 */
const ACTION_KEYS = {
  'case.open': 'case_open',
  'case.read': 'case_read',
  'case.update': 'case_update',
  'case.share': 'case_share',
  'case.share_revoke': 'case_share_revoke',
  'case.break_glass': 'case_break_glass',
  'case.conflict_declared': 'case_conflict_declared',
  'case.export': 'case_export',
  'case.audit_read': 'case_audit_read',
  'case.history.read': 'case_history_read',
  'case.transfer_request': 'case_transfer_request',
  'case.transfer_accept': 'case_transfer_accept',
  'case.transfer_decline': 'case_transfer_decline',
  'identity.read': 'identity_read',
  'person.add': 'person_add',
  'person.update': 'person_update',
  'person.identity_update': 'person_identity_update',
  'jurisdiction.decide': 'jurisdiction_decide',
  'screening.record': 'screening_record',
  'identification.decide': 'identification_decide',
  'referral.send': 'referral_send',
  'case_note.read': 'case_note_read',
  'case_attachment.download': 'case_attachment_download',
  'exploitation.read': 'exploitation_read',
} as const;

export type ActionKey = (typeof ACTION_KEYS)[keyof typeof ACTION_KEYS];
export const LABELLED_ACTIONS = Object.keys(ACTION_KEYS);

/** The catalog key of an action's sentence, or null for an action without one. */
export function actionKey(action: string): ActionKey | null {
  return Object.hasOwn(ACTION_KEYS, action) ? ACTION_KEYS[action as keyof typeof ACTION_KEYS] : null;
}
