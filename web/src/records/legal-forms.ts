import { EXPLOITATION_FORMS } from '../../../src/modules/exploitation/forms.ts';
import { APPEAL_RESULTS, APPELLANTS } from '../../../src/modules/legal/appeal-contract.ts';
import {
  EXTRADITION_DIRECTIONS,
  EXTRADITION_STATUSES,
} from '../../../src/modules/legal/extradition-contract.ts';
import { LAW_ARTICLES } from '../../../src/modules/legal/general-law.ts';
import { VERDICT_OUTCOMES } from '../../../src/modules/legal/sentence.ts';
import type { FieldSpec } from './record-form.ts';

export const PROCEEDING_FIELDS: readonly FieldSpec[] = [
  { name: 'agencyCode', kind: 'agency' },
  { name: 'investigationOpenedOn', kind: 'date', required: true },
  { name: 'prosecutionInitiatedOn', kind: 'date' },
];

export const CHARGE_FIELDS: readonly FieldSpec[] = [
  { name: 'personId', kind: 'person', roles: ['suspect'], required: true, fixed: true },
  {
    name: 'lawArticle',
    kind: 'select',
    options: { group: 'lawArticle', values: LAW_ARTICLES },
    required: true,
  },
  { name: 'form', kind: 'select', options: { group: 'form', values: EXPLOITATION_FORMS }, required: true },
  { name: 'chargedOn', kind: 'date', required: true },
];

const convicted = (values: Record<string, unknown>) => values.outcome === 'conviction';

export const VERDICT_FIELDS: readonly FieldSpec[] = [
  {
    name: 'outcome',
    kind: 'select',
    options: { group: 'outcome', values: VERDICT_OUTCOMES },
    required: true,
  },
  { name: 'decidedOn', kind: 'date', required: true },
  { name: 'prisonYears', kind: 'number', when: convicted },
  { name: 'prisonMonths', kind: 'number', when: convicted },
  { name: 'fineMxn', kind: 'number', when: convicted },
];

export const APPEAL_FIELDS: readonly FieldSpec[] = [
  { name: 'appellant', kind: 'select', options: { group: 'appellant', values: APPELLANTS }, required: true },
  { name: 'filedOn', kind: 'date', required: true },
  {
    name: 'result',
    kind: 'select',
    options: { group: 'result', values: APPEAL_RESULTS },
    required: true,
    initial: 'pending',
  },
  { name: 'decidedOn', kind: 'date', when: (values) => values.result !== 'pending' },
];

export const EXTRADITION_FIELDS: readonly FieldSpec[] = [
  { name: 'personId', kind: 'person', roles: ['suspect'], required: true, fixed: true },
  {
    name: 'direction',
    kind: 'select',
    options: { group: 'direction', values: EXTRADITION_DIRECTIONS },
    required: true,
  },
  { name: 'countryCode', kind: 'text', required: true },
  { name: 'requestedOn', kind: 'date', required: true },
  {
    name: 'status',
    kind: 'select',
    options: { group: 'status', values: EXTRADITION_STATUSES },
    required: true,
    initial: 'requested',
  },
  { name: 'decidedOn', kind: 'date', when: (values) => values.status !== 'requested' },
  { name: 'surrenderedOn', kind: 'date', when: (values) => values.status === 'granted' },
];

export const BILATERAL_FIELDS: readonly FieldSpec[] = [
  { name: 'countryCode', kind: 'text', required: true },
  { name: 'partnerAgency', kind: 'text', required: true },
  { name: 'startedOn', kind: 'date', required: true },
  { name: 'endedOn', kind: 'date' },
];
