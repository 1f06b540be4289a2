import type { Kysely, Transaction } from 'kysely';
import { caseRelation, mayOnCase } from '../../platform/access/case-access.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { blindIndex } from '../../platform/crypto/blind-index.ts';
import type { KeyRing } from '../../platform/crypto/key-ring.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { CaseCaller } from './case-actor.ts';
import { DOCUMENT_NUMBER_INDEX } from './document-fields.ts';
import type { PeopleSearchRequest, PeopleSearchResult, SearchKey } from './people-search-contract.ts';
import { CURP_INDEX, NAME_INDEX, SHORT_NAME_INDEX } from './person-fields.ts';
import { accessFacts, findCase } from './store.ts';

/**
 * Exact search through keyed blind indexes, among the cases the caller may see (row-level security)
 * and whose identities they may read (checked again here). A name matches a person whose given names,
 * first and second surname, or given names and first surname alone, are the same words once accents,
 * case and spacing are set aside. Audited as an identity search; the value searched is never kept.
 */
export async function searchPeople(
  deps: { db: Kysely<Schema>; keyRing: KeyRing },
  caller: CaseCaller,
  search: PeopleSearchRequest,
): Promise<PeopleSearchResult> {
  const by: SearchKey = search.curp ? 'curp' : search.passport ? 'passport' : 'name';
  return withActor(deps.db, caller, async (trx) => {
    const rows = await matches(trx, deps.keyRing, search)
      .orderBy('c.created_at', 'desc')
      .orderBy('p.created_at')
      .orderBy('p.id')
      .limit(search.limit + 1)
      .offset(search.offset)
      .execute();
    const page = rows.slice(0, search.limit);
    const readable = await casesWithIdentityRead(trx, caller, new Set(page.map((row) => row.caseId)));
    const items = page.filter((row) => readable.has(row.caseId));
    await recordAudit(trx, { action: 'identity.search', details: { by, matches: items.length } });
    return { items, nextOffset: rows.length > search.limit ? search.offset + search.limit : null };
  });
}

function matches(trx: Transaction<Schema>, keyRing: KeyRing, search: PeopleSearchRequest) {
  const people = trx
    .selectFrom('people as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .select(['p.id as personId', 'p.case_id as caseId', 'c.reference as caseReference', 'p.role']);
  if (search.curp) {
    const index = blindIndex(keyRing, CURP_INDEX, search.curp);
    return people.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_identities as i')
          .whereRef('i.person_id', '=', 'p.id')
          .where('i.curp_index', '=', index),
      ),
    );
  }
  if (search.passport) {
    const index = blindIndex(keyRing, DOCUMENT_NUMBER_INDEX, search.passport);
    return people.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_documents as d')
          .whereRef('d.person_id', '=', 'p.id')
          .where('d.kind', '=', 'passport')
          .where('d.number_index', '=', index),
      ),
    );
  }
  const name = search.name ?? null;
  const full = blindIndex(keyRing, NAME_INDEX, name);
  const short = blindIndex(keyRing, SHORT_NAME_INDEX, name);
  return people.where((eb) =>
    eb.exists(
      eb
        .selectFrom('person_identities as i')
        .whereRef('i.person_id', '=', 'p.id')
        .where((inner) =>
          inner.or([inner('i.name_index', '=', full), inner('i.short_name_index', '=', short)]),
        ),
    ),
  );
}

/** The application's own check, after row-level security: the caller may read identities there. */
async function casesWithIdentityRead(trx: Transaction<Schema>, caller: CaseCaller, caseIds: Set<string>) {
  const readable = new Set<string>();
  for (const caseId of caseIds) {
    const row = await findCase(trx, caseId);
    if (
      row &&
      mayOnCase(
        caller.roles,
        caseRelation(caller, await accessFacts(trx, row, caller.userId)),
        'identity.read',
      )
    )
      readable.add(caseId);
  }
  return readable;
}
