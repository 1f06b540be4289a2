import { describe, expect, it } from 'vitest';
import { casePageFrom, caseQueryFrom, caseSearchFrom, PAGE_SIZE } from './case-search.ts';

describe('the case list address', () => {
  it('asks the first page without a cursor, with known filters only', () => {
    expect(caseQueryFrom(new URLSearchParams('status=investigation&stateCode=XXX'))).toEqual({
      status: 'investigation',
      stateCode: undefined,
      limit: PAGE_SIZE,
    });
  });

  it('asks a later page by its cursor, never by offset', () => {
    const search = caseSearchFrom({ status: '', stateCode: 'CHP' }, { cursor: 'YzF-YQ', page: 3 });
    expect(search.toString()).toBe('stateCode=CHP&cursor=YzF-YQ&page=3');
    expect(caseQueryFrom(search)).toEqual({
      status: undefined,
      stateCode: 'CHP',
      limit: PAGE_SIZE,
      cursor: 'YzF-YQ',
    });
    expect(casePageFrom(search)).toBe(3);
  });

  it('counts a page number only beside a cursor', () => {
    expect(casePageFrom(new URLSearchParams('page=4'))).toBe(1);
    expect(casePageFrom(new URLSearchParams('cursor=abc&page=-2'))).toBe(1);
    expect(casePageFrom(new URLSearchParams('cursor=abc&page=2'))).toBe(2);
  });

  it('starts again from the first page when filters change', () => {
    expect(caseSearchFrom({ status: 'closed', stateCode: '' }).toString()).toBe('status=closed');
  });
});
