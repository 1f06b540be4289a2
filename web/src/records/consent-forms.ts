import { RECIPIENT_AGENCY_TYPES } from '../../../src/modules/consent/consent-rules.ts';
import { CONSENT_SCOPES } from '../../../src/modules/consent/statistics-use.ts';
import type { FieldSpec } from './record-form.ts';

export const CONSENT_FIELDS: readonly FieldSpec[] = [
  { name: 'personId', kind: 'person', roles: ['survivor', 'witness'], required: true, fixed: true },
  { name: 'scopes', kind: 'multiselect', options: { group: 'scopes', values: CONSENT_SCOPES } },
  {
    name: 'recipientAgencyTypes',
    kind: 'multiselect',
    options: { group: 'recipientAgencyTypes', values: RECIPIENT_AGENCY_TYPES },
  },
  { name: 'recipientAgencyCodes', kind: 'agencies' },
  { name: 'givenOn', kind: 'date', required: true },
  { name: 'evidenceNote', kind: 'textarea' },
];
