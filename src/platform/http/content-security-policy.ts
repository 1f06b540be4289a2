import { randomBytes } from 'node:crypto';

/**
 * No 'unsafe-inline' anywhere. The web app's page carries a fresh nonce per response, which Mantine
 * puts on the <style> elements it writes at run time; nothing else may add a <style> element or a
 * style="" attribute in markup. Styles that React sets through `style={…}` go through the CSSOM
 * (element.style), which CSP does not govern, so they need no exception.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  const styleSources = styleNonce === undefined ? "'self'" : `'self' 'nonce-${styleNonce}'`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styleSources}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** 128 random bits, base64: a nonce must be unguessable and new for every page served. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}
