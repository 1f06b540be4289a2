import { beforeAll, describe, expect, it } from 'vitest';
import { openAccessBed } from '../support/access-bed.ts';
import { asAppActor, auditCount, caseFileCast } from '../support/case-files.ts';
import { caseWithPeople, ifMatch, refusedField } from '../support/case-records.ts';

// Synthetic markers: if one reaches a table in clear text, a test fails.
const NEEDS_TEXT = 'Necesita acompañamiento psicológico Marcadornotaservicios';
const SECRET_TEXT = 'La testigo vio al reclutador Marcadornotainvestigacion';
const EDITED_TEXT = 'Texto corregido Marcadornotaeditada';

const bed = openAccessBed();
let cast: Awaited<ReturnType<typeof caseFileCast>>;
let people: Awaited<ReturnType<typeof caseWithPeople>>;
let path: (suffix: string) => string;
let needsNoteId: string;
let secretNoteId: string;

beforeAll(async () => {
  cast = await caseFileCast(bed);
  people = await caseWithPeople(cast.prosecutor);
  path = (suffix) => `/api/v1/cases/${people.caseId}/${suffix}`;
  await cast.prosecutor.call('POST', path('shares'), {
    agencyCode: 'REFUGIO-ARCHIVOS',
    reason: 'Canalización a refugio',
  });
  const needs = await cast.caseWorker.call('POST', path('notes'), {
    personId: people.survivorId,
    fieldGroup: 'needs',
    text: NEEDS_TEXT,
  });
  expect(needs.status).toBe(201);
  expect(needs.headers.get('etag')).toBe('"1"');
  needsNoteId = needs.body.id;
  const secret = await cast.prosecutor.call('POST', path('notes'), {
    fieldGroup: 'investigation',
    text: SECRET_TEXT,
  });
  expect(secret.status).toBe(201);
  secretNoteId = secret.body.id;
});

describe('writing notes', () => {
  it('keeps the author, agency, group and person, and answers the text to its author', async () => {
    const { body } = await cast.caseWorker.call('GET', path('notes'));
    const note = body.items.find((item: { id: string }) => item.id === needsNoteId);
    expect(note).toMatchObject({
      personId: people.survivorId,
      fieldGroup: 'needs',
      text: NEEDS_TEXT,
      version: 1,
      recordedBy: { agencyCode: 'FGE-PUE' },
    });
  });

  it('refuses an empty or too long note, and a person or case that does not exist', async () => {
    expect(
      refusedField(await cast.caseWorker.call('POST', path('notes'), { fieldGroup: 'needs', text: '   ' }))
        .path,
    ).toBe('text');
    const long = await cast.caseWorker.call('POST', path('notes'), {
      fieldGroup: 'needs',
      text: 'a'.repeat(10_001),
    });
    expect(refusedField(long).path).toBe('text');
    const stranger = await cast.caseWorker.call('POST', path('notes'), {
      personId: crypto.randomUUID(),
      fieldGroup: 'needs',
      text: 'Nota',
    });
    expect(stranger.status).toBe(404);
    const otherCase = await caseWithPeople(cast.prosecutor);
    const elsewhere = await cast.caseWorker.call('POST', path('notes'), {
      personId: otherCase.survivorId,
      fieldGroup: 'needs',
      text: 'Nota',
    });
    expect(elsewhere.status).toBe(404);
    const noCase = await cast.caseWorker.call('POST', `/api/v1/cases/${crypto.randomUUID()}/notes`, {
      fieldGroup: 'needs',
      text: 'Nota',
    });
    expect(noCase.status).toBe(404);
  });

  it('needs If-Match to edit (428), refuses a stale version (412) and keeps the text out of history', async () => {
    const noTag = await cast.caseWorker.call('PATCH', path(`notes/${needsNoteId}`), { text: EDITED_TEXT });
    expect(noTag.status).toBe(428);
    const edited = await cast.caseWorker.call(
      'PATCH',
      path(`notes/${needsNoteId}`),
      { text: EDITED_TEXT },
      ifMatch(1),
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, text: EDITED_TEXT });
    const stale = await cast.caseWorker.call(
      'PATCH',
      path(`notes/${needsNoteId}`),
      { text: 'Otra' },
      ifMatch(1),
    );
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe('"2"');
    const history = await cast.prosecutor.call('GET', path('history'));
    const entries = history.body.items.filter(
      (entry: { recordId: string }) => entry.recordId === needsNoteId,
    );
    expect(entries.map((entry: { kind: string }) => entry.kind).sort()).toEqual(['created', 'updated']);
    expect(entries.flatMap((entry: { changes: unknown[] }) => entry.changes)).toContainEqual({
      field: 'text',
      protected: true,
    });
    expect(JSON.stringify(history.body)).not.toMatch(/Marcadornota/);
  });

  it('audits every read of a note: one entry per note per list', async () => {
    const before = await auditCount(bed.database.owner, 'case_note.read', secretNoteId);
    await cast.prosecutor.call('GET', path('notes'));
    await cast.prosecutor.call('GET', path('notes'));
    expect(await auditCount(bed.database.owner, 'case_note.read', secretNoteId)).toBe(before + 2);
  });
});

describe('who reads a note', () => {
  it('shows a shelter the needs note but never the investigation note, which it cannot touch either', async () => {
    const { body } = await cast.shelterStaff.call('GET', path('notes'));
    expect(body.items.map((item: { id: string }) => item.id)).toEqual([needsNoteId]);
    const edit = await cast.shelterStaff.call(
      'PATCH',
      path(`notes/${secretNoteId}`),
      { text: 'x' },
      ifMatch(1),
    );
    expect(edit.status).toBe(404);
    const write = await cast.shelterStaff.call('POST', path('notes'), { fieldGroup: 'needs', text: 'Nota' });
    expect(write.status).toBe(404);
  });

  it.each(['another state prosecutor', 'statistician', 'auditor', 'administrator'])(
    'answers 404 to the %s',
    async (who) => {
      const session = cast.outsiders[who]!;
      expect((await session.call('GET', path('notes'))).status).toBe(404);
      expect(
        (await session.call('PATCH', path(`notes/${needsNoteId}`), { text: 'x' }, ifMatch(2))).status,
      ).toBe(404);
    },
  );

  it('lets the application role see no investigation note for a shelter, even by direct SQL', async () => {
    const shelterActor = {
      userId: cast.shelterStaff.userId,
      agencyId: (await bed.database.owner.query(`SELECT id FROM agencies WHERE code = 'REFUGIO-ARCHIVOS'`))
        .rows[0].id,
      roles: ['shelter_staff'] as const,
    };
    const seen = await asAppActor(bed.database.app, shelterActor, (client) =>
      client.query('SELECT id FROM case_notes WHERE case_id = $1', [people.caseId]),
    );
    expect(seen.rows.map((row) => row.id)).toEqual([needsNoteId]);
    const written = asAppActor(bed.database.app, shelterActor, (client) =>
      client.query(`INSERT INTO case_notes (case_id, field_group, body) VALUES ($1, 'needs', 'v1.k1.x.y')`, [
        people.caseId,
      ]),
    );
    await expect(written).rejects.toThrow(/row-level security/);
    const outsider = {
      userId: cast.outsiders.statistician!.userId,
      agencyId: bed.agencies.puebla,
      roles: ['statistician'] as const,
    };
    const none = await asAppActor(bed.database.app, outsider, (client) =>
      client.query('SELECT id FROM case_notes'),
    );
    expect(none.rows).toEqual([]);
  });
});

describe('removing and storing notes', () => {
  it('removes a note with If-Match and a reason, kept in history', async () => {
    const created = await cast.caseWorker.call('POST', path('notes'), {
      fieldGroup: 'identity',
      text: 'Nota duplicada',
    });
    const noTag = await cast.caseWorker.call('DELETE', path(`notes/${created.body.id}`), {
      reason: 'Capturada dos veces',
    });
    expect(noTag.status).toBe(428);
    const removed = await cast.caseWorker.call(
      'DELETE',
      path(`notes/${created.body.id}`),
      { reason: 'Capturada dos veces' },
      ifMatch(1),
    );
    expect(removed.status).toBe(204);
    const history = await cast.prosecutor.call('GET', path('history'));
    expect(history.body.items).toContainEqual(
      expect.objectContaining({ recordId: created.body.id, kind: 'removed', reason: 'Capturada dos veces' }),
    );
  });

  it('refuses a note whose ciphertext was swapped with another note, with a problem and no text', async () => {
    const owner = bed.database.owner;
    await owner.query(
      `UPDATE case_notes a SET body = b.body FROM case_notes b WHERE a.id = $1 AND b.id = $2`,
      [secretNoteId, needsNoteId],
    );
    const read = await cast.prosecutor.call('GET', path('notes'));
    expect(read.status).toBe(500);
    expect(read.headers.get('content-type')).toContain('application/problem+json');
    expect(read.body.code).toBe('record_integrity_failed');
    expect(JSON.stringify(read.body)).not.toMatch(/Marcadornota/);
    await owner.query('DELETE FROM case_notes WHERE id = $1', [secretNoteId]);
  });

  it('leaves no marker in any table, as a dump of every table would show', async () => {
    const tables = await bed.database.owner.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
    );
    for (const { tablename } of tables.rows) {
      const dump = await bed.database.owner.query(
        `SELECT coalesce(string_agg(t::text, E'\\n'), '') AS text FROM ${tablename} t`,
      );
      expect(dump.rows[0].text, tablename).not.toMatch(/Marcadornota/);
    }
  });
});
