import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeExchangeBeds,
  count,
  type ExchangeBed,
  openExchangeBed,
  signedIn,
} from '../support/exchange-bed.ts';

// Synthetic people only: if a marker reaches a table in clear text, a test fails.
const MARKER_NAME = 'Zacarías Importadoprivado';
const MARKER_PASSPORT = 'GT99887766';

let first: ExchangeBed;
let second: ExchangeBed;

const lines = (...records: unknown[]) =>
  `${[{ type: 'enlace-bundle', version: 1 }, ...records].map((record) => JSON.stringify(record)).join('\n')}\n`;

const importText = (session: Awaited<ReturnType<typeof signedIn>>, text: string) =>
  session.call('POST', '/api/v1/imports', text, { 'content-type': 'application/x-ndjson' });

const GOOD = lines(
  {
    type: 'case',
    id: 'carpeta-001',
    reference: 'PUE-2012-0001',
    stateCode: 'PUE',
    municipality: 'Tehuacán',
    status: 'investigation',
    openedOn: '2012-03-01',
  },
  { type: 'case', id: 'carpeta-002', stateCode: 'PUE', openedOn: '2012-07-15' },
  {
    type: 'person',
    id: 'persona-001',
    case: 'carpeta-001',
    role: 'survivor',
    sex: 'female',
    birthYear: 1996,
    nationality: 'GT',
    needs: ['shelter', 'legal'],
    identity: { givenNames: MARKER_NAME, firstSurname: 'López' },
    documents: [{ kind: 'passport', issuingCountry: 'GT', number: MARKER_PASSPORT }],
    contacts: [{ phone: '+52 222 555 0142' }],
  },
  { type: 'person', id: 'persona-002', case: 'carpeta-001', role: 'suspect', sex: 'male' },
  { type: 'person', id: 'persona-003', case: 'carpeta-002', role: 'survivor', sex: 'male', birthYear: 2001 },
);

beforeAll(async () => {
  first = await openExchangeBed();
  second = await openExchangeBed();
});
afterAll(() => closeExchangeBeds([first, second]));

describe('importing a bundle', () => {
  it('writes every record with history, audit and encrypted identities', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const imported = await importText(prosecutor, GOOD);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({
      created: { cases: 2, people: 3, records: 0 },
      unchanged: { cases: 0, people: 0, records: 0 },
    });
    const list = await prosecutor.call('GET', '/api/v1/cases');
    expect(list.body.items.map((item: { reference: string }) => item.reference)).toContain('PUE-2012-0001');
    expect(await count(first, "record_changes WHERE change_kind = 'created'")).toBe(5);
    const audit = await first.database.owner.query(
      "SELECT record_id, details FROM audit_entries WHERE action = 'case.import' ORDER BY id",
    );
    expect(audit.rows).toHaveLength(2);
    const auditedPeople = audit.rows.flatMap((row) => row.details.personIds);
    const people = await first.database.owner.query('SELECT id FROM people');
    expect(auditedPeople.sort()).toEqual(people.rows.map((row) => row.id).sort());
    const dump = await first.database.owner.query(
      `SELECT row_to_json(i)::text AS row FROM person_identities i
       UNION ALL SELECT row_to_json(c)::text FROM person_contacts c
       UNION ALL SELECT row_to_json(d)::text FROM person_documents d`,
    );
    const stored = dump.rows.map((row) => row.row).join('\n');
    expect(stored).not.toContain('Importadoprivado');
    expect(stored).not.toContain(MARKER_PASSPORT);
    expect(stored).not.toContain('555 0142');
  });

  it('changes nothing when the same file is imported again', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const again = await importText(prosecutor, GOOD);
    expect(again.body).toEqual({
      created: { cases: 0, people: 0, records: 0 },
      unchanged: { cases: 2, people: 3, records: 0 },
    });
    expect(await count(first, 'cases')).toBe(2);
    expect(await count(first, 'people')).toBe(3);
  });

  it('adds people to a case imported before, by its external id', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const more = await importText(
      prosecutor,
      lines({ type: 'person', id: 'persona-004', case: 'carpeta-002', role: 'witness' }),
    );
    expect(more.body.created).toEqual({ cases: 0, people: 1, records: 0 });
  });

  it('rejects a file with bad lines as a whole, listing every reject in the caller’s language', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const before = { cases: await count(first, 'cases'), people: await count(first, 'people') };
    const bad = [
      lines(
        { type: 'case', id: 'carpeta-010', stateCode: 'PUE', openedOn: '2012-01-01' },
        { type: 'person', id: 'persona-010', case: 'carpeta-010', role: 'survivor', sex: 'unknown-sex' },
        { type: 'person', id: 'persona-011', case: 'carpeta-999', role: 'survivor' },
        { type: 'case', id: 'carpeta-010', stateCode: 'PUE', openedOn: '2012-01-01' },
        { type: 'case', id: 'carpeta-011', stateCode: 'XXX', openedOn: '2012-02-30' },
        {
          type: 'case',
          id: 'carpeta-012',
          reference: 'PUE-2012-0001',
          stateCode: 'PUE',
          openedOn: '2012-01-01',
        },
      ).trimEnd(),
      '{not json',
    ].join('\n');
    const rejected = await importText(prosecutor, bad);
    expect(rejected.status).toBe(422);
    expect(rejected.headers.get('content-type')).toContain('application/problem+json');
    expect(rejected.body.code).toBe('import_rejected');
    expect(rejected.body.detail).toContain('no se importó nada');
    const byLine = rejected.body.rejects.map((reject: { line: number; field: string }) => [
      reject.line,
      reject.field,
    ]);
    expect(byLine).toEqual(
      expect.arrayContaining([
        [3, 'sex'],
        [4, 'case'],
        [5, 'id'],
        [6, 'stateCode'],
        [6, 'openedOn'],
        [7, 'reference'],
        [8, ''],
      ]),
    );
    expect(JSON.stringify(rejected.body)).not.toContain('unknown-sex');
    expect({ cases: await count(first, 'cases'), people: await count(first, 'people') }).toEqual(before);
  });

  it('refuses a file without the header, and other content types', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const headless = await importText(
      prosecutor,
      JSON.stringify({ type: 'case', id: 'x', stateCode: 'PUE', openedOn: '2012-01-01' }),
    );
    expect(headless.status).toBe(422);
    expect(headless.body.rejects[0]).toMatchObject({ line: 1, field: 'type' });
    const asJson = await prosecutor.call('POST', '/api/v1/imports', { type: 'case' });
    expect(asJson.status).toBe(400);
  });

  it('keeps prosecutorial statuses to prosecutors, and imports to roles that open cases', async () => {
    const investigator = await signedIn(first, first.puebla, ['investigator']);
    const sentenced = await importText(
      investigator,
      lines({
        type: 'case',
        id: 'carpeta-020',
        stateCode: 'PUE',
        status: 'sentenced',
        openedOn: '2012-01-01',
      }),
    );
    expect(sentenced.status).toBe(422);
    expect(sentenced.body.rejects[0]).toMatchObject({ line: 2, field: 'status' });
    for (const role of ['statistician', 'auditor', 'administrator', 'shelter_staff'] as const) {
      const refused = await importText(await signedIn(first, first.puebla, [role]), GOOD);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('import_not_allowed');
    }
  });

  it('never lets another agency attach people to cases it cannot change', async () => {
    const outsider = await signedIn(first, first.veracruz, ['prosecutor']);
    const attempt = await importText(
      outsider,
      lines({ type: 'person', id: 'persona-001', case: 'carpeta-001', role: 'witness' }),
    );
    expect(attempt.status).toBe(422);
    expect(attempt.body.rejects[0]).toMatchObject({ line: 2, field: 'case' });
  });
});

describe('exporting a bundle', () => {
  const exportBundle = (session: Awaited<ReturnType<typeof signedIn>>, body: unknown) =>
    session.call('POST', '/api/v1/exports', body);
  const fetchText = async (
    bed: ExchangeBed,
    session: Awaited<ReturnType<typeof signedIn>>,
    body: unknown,
  ) => {
    const response = await fetch(`${bed.server.baseUrl}/api/v1/exports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie() ?? '' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    return (await response.text()).trimEnd().split('\n');
  };

  it('leaves identities out unless asked with a reason, and needs a recent sign-in', async () => {
    const prosecutor = await signedIn(first, first.puebla, ['prosecutor']);
    const plain = await fetchText(first, prosecutor, { format: 'bundle' });
    expect(plain.join('\n')).not.toContain('Importadoprivado');
    expect(plain).toHaveLength(1 + 2 + 4);
    expect((await exportBundle(prosecutor, { format: 'bundle', identities: true })).status).toBe(400);
    const full = await fetchText(first, prosecutor, {
      format: 'bundle',
      identities: true,
      reason: 'Entrega a la fiscalía federal por atracción del caso',
    });
    expect(full.join('\n')).toContain(MARKER_NAME);
    const audit = await first.database.owner.query(
      "SELECT reason, details FROM audit_entries WHERE action = 'case.export' ORDER BY id",
    );
    expect(audit.rows.map((row) => row.details.identities)).toEqual([false, true]);
    expect(audit.rows[1].reason).toContain('atracción');
    await first.database.owner.query(
      "UPDATE sessions SET authenticated_at = now() - interval '1 hour' WHERE user_id = $1",
      [prosecutor.userId],
    );
    const stale = await exportBundle(prosecutor, { format: 'bundle' });
    expect(stale.status).toBe(403);
    expect(stale.body.code).toBe('reauthentication_required');
  });

  it('is refused to roles that may not export, and holds only the agency’s own cases', async () => {
    const investigator = await signedIn(first, first.puebla, ['investigator']);
    expect((await exportBundle(investigator, { format: 'bundle' })).body.code).toBe('export_not_allowed');
    const outsider = await signedIn(first, first.veracruz, ['prosecutor']);
    expect(await fetchText(first, outsider, { format: 'bundle' })).toHaveLength(1);
  });

  it('round-trips: export → import elsewhere → export gives the same records', async () => {
    const body = { format: 'bundle', identities: true, reason: 'Migración a otra instalación de Enlace' };
    const source = await signedIn(first, first.puebla, ['prosecutor']);
    const exported = await fetchText(first, source, body);
    const target = await signedIn(second, second.puebla, ['prosecutor']);
    const imported = await importText(target, `${exported.join('\n')}\n`);
    expect(imported.status).toBe(200);
    expect(imported.body.created).toEqual({ cases: 2, people: 4, records: 0 });
    const again = await fetchText(second, target, body);
    expect(again.slice(1)).toEqual(exported.slice(1));
  });
});
