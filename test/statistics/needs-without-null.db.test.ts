import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { caseWithPeople } from '../support/case-records.ts';

// Unmet needs are counted per kind (migration 0034): an empty element would become a kind of its own.
const bed = openAccessBed();
let survivorId: string;

beforeAll(async () => {
  const prosecutor = await bed.signedIn(bed.agencies.puebla, ['prosecutor']);
  ({ survivorId } = await caseWithPeople(prosecutor));
});

const setNeeds = (needs: (string | null)[]) =>
  bed.database.owner.query('UPDATE people SET needs = $1 WHERE id = $2', [needs, survivorId]).then(
    () => 'stored',
    (error: { constraint?: string }) => error.constraint,
  );

describe('a person’s needs', () => {
  it('refuses an empty element, even from the database owner, and keeps what was there', async () => {
    expect(await setNeeds(['shelter'])).toBe('stored');
    expect(await setNeeds(['shelter', null])).toBe('people_needs_without_null');
    const kept = await bed.database.owner.query('SELECT needs FROM people WHERE id = $1', [survivorId]);
    expect(kept.rows[0].needs).toEqual(['shelter']);
  });

  it('accepts none', async () => {
    expect(await setNeeds([])).toBe('stored');
  });
});
