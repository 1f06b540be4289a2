import type { KeyRingDocument } from '../key-ring-document.ts';
import { fixedRingDocument } from './fixed-ring.ts';

// A KMS hook as an operator would write one, keeping the ring in memory instead of a KMS.
let stored: KeyRingDocument = fixedRingDocument();

export async function loadKeyRing(): Promise<KeyRingDocument> {
  return stored;
}

export async function saveKeyRing(document: KeyRingDocument): Promise<void> {
  stored = document;
}
