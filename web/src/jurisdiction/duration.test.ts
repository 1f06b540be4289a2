import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it.each([
    [0, '0 minutos', '0 minutes'],
    [59_000, '0 minutos', '0 minutes'],
    [MINUTE, '1 minuto', '1 minute'],
    [5 * HOUR + 3 * MINUTE, '5 horas y 3 minutos', '5 hours, 3 minutes'],
    [3 * DAY + 4 * HOUR + 59 * MINUTE, '3 días y 4 horas', '3 days, 4 hours'],
    [2 * DAY + 5 * MINUTE, '2 días', '2 days'],
    [-(DAY + HOUR), '1 día y 1 hora', '1 day, 1 hour'],
  ])('writes %i ms as "%s" and "%s"', (ms, spanish, english) => {
    expect(formatDuration(ms, 'es-MX')).toBe(spanish);
    expect(formatDuration(ms, 'en')).toBe(english);
  });
});
