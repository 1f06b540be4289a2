import { notFound } from '../../platform/http/problem.ts';
import type { RecordKind, RecordScope, RecordTable, VersionedView } from './record-kind.ts';

/** One record of the case, or 404 when it does not exist there or row-level security hides it. */
export async function findRecord<T extends RecordTable, C, P, V extends VersionedView>(
  scope: RecordScope,
  kind: RecordKind<T, C, P, V>,
  recordId: string,
): Promise<V> {
  const [view] = await kind.list(scope, { id: recordId });
  if (!view) throw notFound();
  return view;
}
