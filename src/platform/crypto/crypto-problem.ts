/**
 * Failures of the key ring and of field encryption. `code` is stable (the CLI and logs key on it);
 * `params` may name a source, a file, a key id, a table or a column, never key material, plaintext or
 * ciphertext, so the message is safe to log.
 */
export type CryptoProblemCode =
  | 'keyring_missing'
  | 'keyring_source_ambiguous'
  | 'keyring_invalid'
  | 'keyring_file_exposed'
  | 'keyring_folder_exposed'
  | 'keyring_foreign_owner'
  | 'keyring_unreadable'
  | 'keyring_read_only'
  | 'keyring_provider_invalid'
  | 'keyring_provider_failed'
  | 'key_unknown'
  | 'key_retired'
  | 'key_active'
  | 'context_invalid'
  | 'token_malformed'
  | 'decryption_failed';

export class CryptoProblem extends Error {
  constructor(
    readonly code: CryptoProblemCode,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code} ${JSON.stringify(params)}`, options);
    this.name = 'CryptoProblem';
  }
}
