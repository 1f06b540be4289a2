import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, newNonce } from './content-security-policy.ts';

describe('the Content-Security-Policy', () => {
  test.each([
    ['without a nonce', undefined, "style-src 'self';"],
    ['with a nonce', 'bm9uY2U=', "style-src 'self' 'nonce-bm9uY2U=';"],
  ])('%s never allows inline code or styles', (_name, nonce, styleSrc) => {
    const policy = contentSecurityPolicy(nonce);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain(styleSrc);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  test('each nonce is 128 random bits and never repeats', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
