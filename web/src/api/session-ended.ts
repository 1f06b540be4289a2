type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * Calls `listener` whenever the API answers that there is no session: it was ended on the server (an
 * administrator changed the account, the institution was suspended, it timed out). Returns the unsubscribe.
 */
export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportSessionEnded(): void {
  for (const listener of listeners) listener();
}
