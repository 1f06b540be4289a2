import { describe, expect, it } from 'vitest';
import { type CaseAuditKind, caseAuditKind } from './action-kind.ts';

describe('the kind of a case audit entry', () => {
  const cases: [string, CaseAuditKind][] = [
    ['case.break_glass', 'break_glass'],
    ['identity.read', 'identity'],
    ['case.export', 'export'],
    ['case.share', 'share'],
    ['case.share_revoke', 'share'],
    ['case.transfer_request', 'share'],
    ['case.transfer_accept', 'share'],
    ['referral.send', 'share'],
    ['referral.consent_override', 'share'],
    ['case.read', 'read'],
    ['case.history.read', 'read'],
    ['case_note.read', 'read'],
    ['exploitation.read', 'read'],
    ['case_attachment.download', 'read'],
    ['case.audit_read', 'read'],
    ['case.open', 'change'],
    ['case.update', 'change'],
    ['person.add', 'change'],
    ['person.identity_update', 'change'],
    ['exploitation.remove', 'change'],
    ['consent.revoke', 'change'],
    ['jurisdiction.decide', 'change'],
    ['case.conflict_declared', 'change'],
    ['case.sharer', 'change'],
    ['identity.reader', 'change'],
  ];
  it.each(cases)('%s → %s', (action, kind) => {
    expect(caseAuditKind(action)).toBe(kind);
  });
});
