import { useState } from 'react';
import type { RecordDialogState } from './RecordFormDialog.tsx';
import type { RemovalState } from './RemoveRecordDialog.tsx';

/** The dialogs a section of case records opens, and a counter that moves when one of them saved. */
export function useRecordDialogs() {
  const [editing, setEditing] = useState<RecordDialogState | null>(null);
  const [removing, setRemoving] = useState<RemovalState | null>(null);
  const [savedAt, setSavedAt] = useState(0);
  const saved = () => {
    setEditing(null);
    setRemoving(null);
    setSavedAt(Date.now());
  };
  return { editing, setEditing, removing, setRemoving, savedAt, saved };
}
