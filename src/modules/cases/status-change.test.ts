import { describe, expect, test } from 'vitest';
import type { Role } from '../../platform/access/roles.ts';
import type { CaseStatus } from './schema.ts';
import { refuseStatusChange, type StatusChangeRefusal } from './status-change.ts';

type Row = [CaseStatus, CaseStatus, Role[], string | undefined, StatusChangeRefusal | null];

describe('refuseStatusChange', () => {
  const rows: Row[] = [
    ['identification', 'identification', ['intake_officer'], undefined, null],
    ['identification', 'investigation', ['intake_officer'], undefined, null],
    ['identification', 'investigation', ['investigator'], undefined, null],
    ['investigation', 'prosecution', ['investigator'], undefined, 'status_needs_prosecutor'],
    ['investigation', 'prosecution', ['prosecutor'], undefined, null],
    ['investigation', 'prosecution', ['supervisor'], undefined, null],
    ['prosecution', 'trial', ['case_worker'], undefined, 'status_needs_prosecutor'],
    ['trial', 'sentenced', ['prosecutor'], undefined, null],
    ['identification', 'sentenced', ['prosecutor'], undefined, null],
    ['identification', 'closed', ['intake_officer'], undefined, null],
    ['sentenced', 'closed', ['case_worker'], undefined, null],
    ['closed', 'investigation', ['investigator'], undefined, 'status_change_needs_reason'],
    ['closed', 'investigation', ['investigator'], '   ', 'status_change_needs_reason'],
    ['closed', 'investigation', ['investigator'], 'Nueva denuncia de la víctima', null],
    ['trial', 'prosecution', ['prosecutor'], undefined, 'status_change_needs_reason'],
    ['trial', 'prosecution', ['prosecutor'], 'Juicio anulado en apelación', null],
    ['closed', 'trial', ['investigator'], 'Reapertura', 'status_needs_prosecutor'],
  ];
  test.each(rows)('%s → %s by %j (reason %j): %s', (from, to, roles, reason, expected) => {
    expect(refuseStatusChange(from, to, roles, reason)).toBe(expected);
  });
});
