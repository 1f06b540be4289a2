import { describe, expect, it } from 'vitest';
import enWeb from '../../../src/platform/i18n/locales/en/web.json';
import esWeb from '../../../src/platform/i18n/locales/es-MX/web.json';
import { actionKey, LABELLED_ACTIONS } from './case-audit-vocabulary.ts';

describe('the sentences of case audit actions', () => {
  it('turn dots into underscores and know nothing else', () => {
    expect(actionKey('case.history.read')).toBe('case_history_read');
    expect(actionKey('identity.read')).toBe('identity_read');
    expect(actionKey('case.unknown')).toBeNull();
  });

  it('exist in both languages for every labelled action', () => {
    for (const action of LABELLED_ACTIONS) {
      const key = actionKey(action) as string;
      expect(Object.keys(esWeb.caseAudit.actions)).toContain(key);
      expect(Object.keys(enWeb.caseAudit.actions)).toContain(key);
    }
  });
});
