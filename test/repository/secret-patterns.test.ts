import { describe, expect, test } from 'vitest';
import { findSecrets } from './secret-patterns.ts';

// Built at run time, so that this file does not hold what the scan of tracked files looks for.
const join = (...parts: string[]) => parts.join('');
const BASE64URL_43 = 'Q'.repeat(43);

describe('findSecrets', () => {
  test.each([
    ['private-key-block', join('-----BEGIN ', 'PRIVATE KEY-----')],
    ['private-key-block', join('-----BEGIN RSA ', 'PRIVATE KEY-----')],
    ['private-key-block', join('-----BEGIN OPENSSH ', 'PRIVATE KEY-----')],
    ['private-key-block', join('-----BEGIN PGP ', 'PRIVATE KEY BLOCK-----')],
    ['aws-access-key-id', join('aws_key = "AKIA', 'Z'.repeat(16), '"')],
    ['github-token', join('token: gh', 'p_', 'a'.repeat(36))],
    ['npm-token', join('//registry/:_authToken=npm', '_', 'b'.repeat(36))],
    ['slack-token', join('xo', 'xb-1234567890-abcdef')],
    ['google-api-key', join('AI', 'za', 'c'.repeat(35))],
    ['stripe-live-key', join('sk', '_live_', 'd'.repeat(24))],
    ['enlace-key-ring-secret', join('{ "id": "k2", "secret": "', BASE64URL_43, '" }')],
    ['enlace-key-ring-secret', join("blindIndexKey: { secret: '", BASE64URL_43, "' }")],
    [
      'database-url-with-password',
      join('DATABASE_URL=postgres://enlace_owner:', 'Xk29-vLq8_Zr41@db:5432/enlace'),
    ],
  ])('finds a %s and says on which line, never what', (rule, secret) => {
    const findings = findSecrets('src/config.ts', `first line\n${secret}\n`);
    expect(findings).toEqual([{ file: 'src/config.ts', line: 2, rule }]);
    expect(JSON.stringify(findings)).not.toContain(secret);
  });

  test.each([
    ['a documented placeholder password', "DATABASE_URL='postgres://enlace_owner:…@db.internal:5432/enlace'"],
    ['a one-letter test password', "{ DATABASE_URL: 'postgres://u:p@db:5432/enlace' }"],
    [
      'a password from a template',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a template literal, as in a source file
      'postgres://${user}:${encodeURIComponent(password)}@${host}:${port}/${name}',
    ],
    ['the key ring format, with a placeholder', '"secret": "<43 characters of base64url>"'],
    ['a public key', join('-----BEGIN ', 'PUBLIC KEY-----')],
    ['words that only contain a prefix', 'const hasAKIAprefix = sk_live_mode;'],
  ])('does not flag %s', (_name, text) => {
    expect(findSecrets('docs/operations.md', text)).toEqual([]);
  });

  test.each([
    ['.env', 'environment-file'],
    ['deploy/.env.production', 'environment-file'],
    ['var/keys/keyring.json', 'enlace-secret-file'],
    ['var/secrets.json', 'enlace-secret-file'],
    ['certs/server.key', 'key-file'],
    ['certs/server.pem', 'key-file'],
    ['home/.ssh/id_ed25519', 'ssh-private-key'],
  ])('flags the file %s by its name', (file, rule) => {
    expect(findSecrets(file, '')).toEqual([{ file, line: 0, rule }]);
  });

  test('lets an example environment file through', () => {
    expect(findSecrets('.env.example', 'DATABASE_URL=\n')).toEqual([]);
  });
});
