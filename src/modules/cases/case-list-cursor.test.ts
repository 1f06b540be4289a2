import { describe, expect, it } from 'vitest';
import { type CaseListCursor, decodeCaseListCursor, encodeCaseListCursor } from './case-list-cursor.ts';

const AFTER: CaseListCursor = {
  direction: 'after',
  position: { createdAt: '2026-11-30T04:14:06.845123Z', id: '1c678c77-56ae-439b-a3a3-367660931127' },
};
const FILTERS = { status: 'investigation', stateCode: 'CHP' };
const token = encodeCaseListCursor(AFTER, FILTERS);
const raw = (text: string) => Buffer.from(text).toString('base64url');
const decodedText = Buffer.from(token, 'base64url').toString('utf8');

describe('case list cursors', () => {
  it('read back what they were made of, in both directions, with or without filters', () => {
    expect(decodeCaseListCursor(token, FILTERS)).toEqual(AFTER);
    const before: CaseListCursor = { ...AFTER, direction: 'before' };
    expect(decodeCaseListCursor(encodeCaseListCursor(before, {}), {})).toEqual(before);
  });

  it('are opaque: url-safe, and hold no more than an instant, an id and the filters', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodedText.split('~').slice(0, 6)).toEqual([
      'c1',
      'a',
      AFTER.position.createdAt,
      AFTER.position.id,
      'investigation',
      'CHP',
    ]);
  });

  const edited = (from: string, to: string) => raw(decodedText.replace(from, to));
  const refused: [string, string][] = [
    ['empty', ''],
    ['not base64url', 'abc$%'],
    ['too long', 'a'.repeat(401)],
    ['not a cursor', raw('hola')],
    ['another position, old checksum', edited('06.845123Z', '06.845124Z')],
    ['another id, old checksum', edited('1c678c77', '2c678c77')],
    ['another direction, old checksum', edited('c1~a~', 'c1~b~')],
    ['checksum removed', raw(decodedText.split('~').slice(0, 6).join('~'))],
    ['unknown version', edited('c1~', 'c9~')],
    ['a byte flipped', `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`],
  ];
  it.each(refused)('refuse %s', (_name, bad) => {
    expect(decodeCaseListCursor(bad, FILTERS)).toBeNull();
  });

  it('refuse a cursor made for other filters', () => {
    expect(decodeCaseListCursor(token, { status: 'investigation' })).toBeNull();
    expect(decodeCaseListCursor(token, { status: 'closed', stateCode: 'CHP' })).toBeNull();
  });

  it('refuse well-formed but impossible values, even with a right checksum', () => {
    const forged = (createdAt: string, id: string) =>
      encodeCaseListCursor({ direction: 'after', position: { createdAt, id } }, {});
    expect(decodeCaseListCursor(forged('2026-11-30T04:14:06.845Z', AFTER.position.id), {})).toBeNull();
    expect(decodeCaseListCursor(forged('2026-13-45T04:14:06.845123Z', AFTER.position.id), {})).toBeNull();
    expect(decodeCaseListCursor(forged('2026-02-30T04:14:06.845123Z', AFTER.position.id), {})).toBeNull();
    expect(decodeCaseListCursor(forged('2026-02-28T24:00:00.000000Z', AFTER.position.id), {})).toBeNull();
    expect(decodeCaseListCursor(forged(AFTER.position.createdAt, 'no-es-un-id'), {})).toBeNull();
  });
});
