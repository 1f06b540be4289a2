import { describe, expect, test } from 'vitest';
import { placementOf } from './classify-statement.ts';

const kinds = {
  distributed: new Set(['cases', 'people', 'case_notes']),
  local: new Set(['audit_entries', 'sessions']),
};

describe('where a statement would run with case records distributed by case', () => {
  test.each([
    ['select "id" from "agencies" where "code" = $1', 'no_case_table'],
    ['insert into "audit_entries" ("action") values ($1)', 'no_case_table'],
    ['select * from "people" where "people"."case_id" = $1', 'one_case'],
    [
      'select * from "cases" inner join "agencies" on "agencies"."id" = "cases"."owning_agency_id" where "cases"."id" = $1',
      'one_case',
    ],
    ['select "id" from "cases" where "id" = $1', 'one_case'],
    ['update "case_notes" set "body" = $1 where "id" = $2', 'all_shards'],
    ['insert into "case_notes" ("case_id", "body") values ($1, $2)', 'one_case'],
    ['insert into "case_notes" ("case_id", "body") values ($1, $2), ($3, $4)', 'all_shards'],
    ['select count(*) from "cases" where "status" = $1', 'all_shards'],
    ['select * from people where case_id = ANY($1)', 'all_shards'],
    [
      'select * from "cases" join "audit_entries" on "audit_entries"."record_id" = "cases"."id" where "cases"."id" = $1',
      'local_join',
    ],
  ])('%s → %s', (sql, placement) => {
    expect(placementOf(sql, kinds)).toBe(placement);
  });
});
