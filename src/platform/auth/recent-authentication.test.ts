import { describe, expect, it } from 'vitest';
import { isRecentAuthentication } from './recent-authentication.ts';

const NOW = new Date('2026-03-02T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe('recent authentication', () => {
  it.each([
    [null, false],
    [minutesAgo(0), true],
    [minutesAgo(4.9), true],
    [minutesAgo(5), true],
    [minutesAgo(5.1), false],
    [minutesAgo(-1), false],
  ])('at %s within 5 minutes: %s', (authenticatedAt, expected) => {
    expect(isRecentAuthentication(authenticatedAt, 5, NOW)).toBe(expected);
  });
});
