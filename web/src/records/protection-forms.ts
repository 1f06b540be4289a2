import {
  IMMIGRATION_RELIEFS,
  MEASURE_KINDS,
  MEASURE_STATUSES,
  type MeasureKind,
  measureGroup,
  WITNESS_MEASURES,
} from '../../../src/modules/protection/measure-rules.ts';
import { TESTIMONY_DECISIONS } from '../../../src/modules/protection/testimony-contract.ts';
import type { FieldSpec, FormValues } from './record-form.ts';

const isKind = (kind: MeasureKind) => (values: FormValues) => values.kind === kind;

const statusesOf = (values: FormValues): readonly string[] => {
  const statuses = MEASURE_STATUSES[values.kind as MeasureKind];
  return statuses ? [statuses.open, ...statuses.final] : [];
};

const isFinal = (values: FormValues) =>
  (MEASURE_STATUSES[values.kind as MeasureKind]?.final as readonly string[] | undefined)?.includes(
    String(values.status),
  ) ?? false;

/** The measure form offers the kinds the reader may see: shelters never record witness protection. */
export function measureFields(mayReadInvestigation: boolean): readonly FieldSpec[] {
  const kinds = MEASURE_KINDS.filter(
    (kind) => mayReadInvestigation || measureGroup(kind) !== 'investigation',
  );
  return [
    { name: 'personId', kind: 'person', roles: ['survivor', 'witness'], required: true, fixed: true },
    { name: 'kind', kind: 'select', options: { group: 'kind', values: kinds }, required: true, fixed: true },
    {
      name: 'relief',
      kind: 'select',
      options: { group: 'relief', values: IMMIGRATION_RELIEFS },
      required: true,
      when: isKind('immigration_relief'),
    },
    {
      name: 'witnessMeasure',
      kind: 'select',
      options: { group: 'witnessMeasure', values: WITNESS_MEASURES },
      required: true,
      when: isKind('witness_protection'),
    },
    { name: 'status', kind: 'select', options: { group: 'status', values: statusesOf }, required: true },
    { name: 'requestedOn', kind: 'date', required: true },
    { name: 'resolvedOn', kind: 'date', required: true, when: isFinal },
    { name: 'amountOrderedMxn', kind: 'number', required: true, when: isKind('compensation') },
    { name: 'amountPaidMxn', kind: 'number', when: isKind('compensation') },
  ];
}

export const TESTIMONY_FIELDS: readonly FieldSpec[] = [
  { name: 'personId', kind: 'person', roles: ['survivor'], required: true, fixed: true },
  {
    name: 'decision',
    kind: 'select',
    options: { group: 'decision', values: TESTIMONY_DECISIONS },
    required: true,
  },
  { name: 'decidedOn', kind: 'date', required: true },
  { name: 'voluntary', kind: 'confirm', required: true, fixed: true },
];
