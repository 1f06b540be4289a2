import { describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';

/**
 * Services never depend on cooperation with the investigation (the seed reports survivors pressured to
 * testify). The data model makes that impossible to encode: nothing in the schema points at a
 * survivor's decision on testifying, so no service, referral or status can be conditioned on it.
 */
const bed = openAccessBed();

const query = async (sql: string) => (await bed.database.owner.query(sql)).rows;

describe('the decision on testifying stands alone', () => {
  it('is referenced by no foreign key', async () => {
    expect(
      await query(`SELECT conrelid::regclass::text AS referencing, conname FROM pg_constraint
                   WHERE contype = 'f' AND confrelid = 'testimony_decisions'::regclass`),
    ).toEqual([]);
  });

  it('is named by no column of any other table or view', async () => {
    expect(
      await query(`SELECT table_name, column_name FROM information_schema.columns
                   WHERE table_schema = 'public' AND table_name <> 'testimony_decisions'
                     AND (column_name ILIKE '%testimon%' OR column_name ILIKE '%testif%')`),
    ).toEqual([]);
  });

  it('is read by no view, trigger or other table’s row-level security, and by one read-only function', async () => {
    expect(await query(`SELECT viewname FROM pg_views WHERE definition ILIKE '%testimony%'`)).toEqual([]);
    expect(await query(`SELECT matviewname FROM pg_matviews WHERE definition ILIKE '%testimony%'`)).toEqual(
      [],
    );
    // The statistician's de-identified extract (0039) counts decisions; it is STABLE, so it can change
    // nothing, and hands rows to statisticians only, who provide no service.
    expect(
      await query(`SELECT p.proname, p.provolatile FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                   WHERE n.nspname = 'public' AND p.prosrc ILIKE '%testimony%'`),
    ).toEqual([{ proname: 'enlace_statistical_extract', provolatile: 's' }]);
    expect(
      await query(`SELECT tablename, policyname FROM pg_policies
                   WHERE tablename <> 'testimony_decisions'
                     AND (qual ILIKE '%testimony%' OR with_check ILIKE '%testimony%')`),
    ).toEqual([]);
    const triggers = await query(`SELECT tgname FROM pg_trigger
                                  WHERE tgrelid = 'testimony_decisions'::regclass AND NOT tgisinternal`);
    expect(triggers).toEqual([{ tgname: 'testimony_decisions_person_is_survivor' }]);
  });

  it('has no column that could carry a condition on services', async () => {
    const columns = await query(`SELECT column_name FROM information_schema.columns
                                 WHERE table_name = 'testimony_decisions' ORDER BY ordinal_position`);
    expect(columns.map((row) => row.column_name)).toEqual([
      'id',
      'case_id',
      'person_id',
      'decision',
      'voluntary',
      'decided_on',
      'informed_by',
      'informed_by_agency_id',
      'created_at',
      'updated_at',
      'version',
    ]);
  });
});
