import { useState } from 'react';
import { ApiError } from '../api/api-error.ts';

/** A form's save: busy while the call runs, the API's problem when it fails, `onSaved` when it succeeds. */
export function useSave(onSaved: () => void) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (call: () => Promise<unknown>) => {
    setSaving(true);
    setError(null);
    try {
      await call();
      onSaved();
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, run };
}
