/** One place where a tracked file looks like it holds a secret; the matched text itself is never kept. */
export type SecretFinding = { file: string; line: number; rule: string };

type ContentRule = { rule: string; pattern: RegExp };

/**
 * What a leaked credential looks like. Narrow on purpose: each rule matches a format that is a secret
 * by construction (a private key block, a provider's token prefix, an Enlace key ring's key), so a
 * finding is worth stopping the build for. Placeholders in docs (`…`, `<…>`) and the one-letter
 * passwords of tests do not match.
 */
const CONTENT_RULES: ContentRule[] = [
  { rule: 'private-key-block', pattern: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
  { rule: 'aws-access-key-id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { rule: 'github-token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})\b/ },
  { rule: 'npm-token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { rule: 'slack-token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { rule: 'google-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { rule: 'stripe-live-key', pattern: /\b[sr]k_live_[0-9A-Za-z]{16,}/ },
  { rule: 'enlace-key-ring-secret', pattern: /["']?secret["']?\s*:\s*["'][A-Za-z0-9_-]{43}["']/ },
  {
    rule: 'database-url-with-password',
    pattern: /\bpostgres(?:ql)?:\/\/[^\s:/@'"`]+:(?!\$\{)[^\s@'"`…<>]{12,}@/,
  },
];

/** Files that hold secrets by their very name, whatever they contain. */
const FILE_NAME_RULES: ContentRule[] = [
  { rule: 'environment-file', pattern: /(?:^|\/)\.env(?:\.[^/]+)?$/ },
  { rule: 'key-file', pattern: /\.(?:pem|key|p12|pfx|jks)$/ },
  { rule: 'ssh-private-key', pattern: /(?:^|\/)id_(?:rsa|dsa|ecdsa|ed25519)$/ },
  { rule: 'enlace-secret-file', pattern: /(?:^|\/)(?:keyring|secrets)\.json$/ },
];

/** Example environment files that document variables without values are expected in a repository. */
const ALLOWED_FILE_NAMES = /(?:^|\/)\.env\.example$/;

export function findSecrets(file: string, text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  if (!ALLOWED_FILE_NAMES.test(file))
    for (const { rule, pattern } of FILE_NAME_RULES)
      if (pattern.test(file)) findings.push({ file, line: 0, rule });
  text.split('\n').forEach((content, index) => {
    for (const { rule, pattern } of CONTENT_RULES)
      if (pattern.test(content)) findings.push({ file, line: index + 1, rule });
  });
  return findings;
}
