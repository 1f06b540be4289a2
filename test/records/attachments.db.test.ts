import { beforeAll, describe, expect, it } from 'vitest';
import {
  ATTACHMENT_ENCRYPTED_COLUMNS,
  openAttachment,
} from '../../src/modules/attachments/attachment-crypto.ts';
import { addKey } from '../../src/platform/crypto/key-ring.ts';
import { reencryptColumns } from '../../src/platform/crypto/reencrypt-columns.ts';
import { openAccessBed } from '../support/access-bed.ts';
import { asAppActor, auditCount, caseFileCast } from '../support/case-files.ts';
import { caseWithPeople, ifMatch } from '../support/case-records.ts';

// Synthetic markers inside the files and their names: none may reach a table in clear text.
const PDF = Buffer.from('%PDF-1.4\n% Declaracion Marcadorarchivoservicios\n%%EOF\n');
const SECRET_PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('Marcadorarchivoinvestigacion'),
]);
const NAME = 'Acta de María Marcadornombrearchivo.pdf';

const bed = openAccessBed();
let cast: Awaited<ReturnType<typeof caseFileCast>>;
let people: Awaited<ReturnType<typeof caseWithPeople>>;
let path: (suffix: string) => string;
let pdfId: string;
let secretId: string;

type Session = { cookie(): string | undefined };

/** Uploads raw bytes as the browser does: the body is the file, its name percent-encoded in a header. */
async function upload(session: Session, target: string, bytes: Buffer, query: string, name = 'archivo.pdf') {
  const response = await fetch(`${bed.server.baseUrl}${target}?${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
      cookie: session.cookie() ?? '',
    },
    body: bytes,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

async function download(session: Session, attachmentId: string) {
  const response = await fetch(`${bed.server.baseUrl}${path(`attachments/${attachmentId}/content`)}`, {
    headers: { cookie: session.cookie() ?? '' },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

beforeAll(async () => {
  cast = await caseFileCast(bed);
  people = await caseWithPeople(cast.prosecutor);
  path = (suffix) => `/api/v1/cases/${people.caseId}/${suffix}`;
  await cast.prosecutor.call('POST', path('shares'), {
    agencyCode: 'REFUGIO-ARCHIVOS',
    reason: 'Canalización a refugio',
  });
  const pdf = await upload(
    cast.caseWorker,
    path('attachments'),
    PDF,
    `fieldGroup=needs&personId=${people.survivorId}`,
    NAME,
  );
  expect(pdf.status).toBe(201);
  pdfId = pdf.body.id;
  const secret = await upload(
    cast.prosecutor,
    path('attachments'),
    SECRET_PNG,
    'fieldGroup=investigation',
    'foto.png',
  );
  expect(secret.status).toBe(201);
  secretId = secret.body.id;
});

describe('attaching files', () => {
  it('reads the type from the bytes and keeps name, size, digest and author', async () => {
    const { body } = await cast.caseWorker.call('GET', path('attachments'));
    expect(body.items.find((item: { id: string }) => item.id === pdfId)).toMatchObject({
      personId: people.survivorId,
      fieldGroup: 'needs',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      fileName: NAME,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      recordedBy: { agencyCode: 'FGE-PUE' },
      version: 1,
    });
  });

  it('downloads the exact bytes as an attachment, never sniffed, and audits every download', async () => {
    const before = await auditCount(bed.database.owner, 'case_attachment.download', pdfId);
    const got = await download(cast.shelterStaff, pdfId);
    expect(got.status).toBe(200);
    expect(got.bytes).toEqual(PDF);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Acta de Mar_a Marcadornombrearchivo.pdf"; filename*=UTF-8''${encodeURIComponent(NAME)}`,
    );
    await download(cast.caseWorker, pdfId);
    expect(await auditCount(bed.database.owner, 'case_attachment.download', pdfId)).toBe(before + 2);
  });

  it('refuses a type off the list whatever it claims, an empty file, a file too large and unknown targets', async () => {
    const html = await upload(
      cast.caseWorker,
      path('attachments'),
      Buffer.from('<html><script>'),
      'fieldGroup=needs',
      'a.pdf',
    );
    expect(html.status).toBe(415);
    expect(html.headers.get('content-type')).toContain('application/problem+json');
    expect(html.body.code).toBe('attachment_type_not_allowed');
    expect(
      (await upload(cast.caseWorker, path('attachments'), Buffer.alloc(0), 'fieldGroup=needs')).status,
    ).toBe(400);
    const huge = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooLarge = await upload(cast.caseWorker, path('attachments'), huge, 'fieldGroup=needs');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('content-type')).toContain('application/problem+json');
    const stranger = await upload(
      cast.caseWorker,
      path('attachments'),
      PDF,
      `fieldGroup=needs&personId=${crypto.randomUUID()}`,
    );
    expect(stranger.status).toBe(404);
    const noCase = await upload(
      cast.caseWorker,
      `/api/v1/cases/${crypto.randomUUID()}/attachments`,
      PDF,
      'fieldGroup=needs',
    );
    expect(noCase.status).toBe(404);
    const badName = await upload(
      cast.caseWorker,
      path('attachments'),
      PDF,
      'fieldGroup=needs',
      '../etc/passwd',
    );
    expect(badName.status).toBe(400);
  });
});

describe('who reads a file', () => {
  it('never gives a shelter an investigation file, in the list or by its id', async () => {
    const { body } = await cast.shelterStaff.call('GET', path('attachments'));
    expect(body.items.map((item: { id: string }) => item.id)).toEqual([pdfId]);
    expect((await download(cast.shelterStaff, secretId)).status).toBe(404);
    const upload404 = await upload(cast.shelterStaff, path('attachments'), PDF, 'fieldGroup=needs');
    expect(upload404.status).toBe(404);
  });

  it.each(['another state prosecutor', 'statistician', 'auditor', 'administrator'])(
    'answers 404 to the %s',
    async (who) => {
      const session = cast.outsiders[who]!;
      expect((await session.call('GET', path('attachments'))).status).toBe(404);
      expect((await download(session, pdfId)).status).toBe(404);
    },
  );

  it('lets the application role see no investigation file for a shelter, even by direct SQL', async () => {
    const shelterActor = {
      userId: cast.shelterStaff.userId,
      agencyId: (await bed.database.owner.query(`SELECT id FROM agencies WHERE code = 'REFUGIO-ARCHIVOS'`))
        .rows[0].id,
      roles: ['shelter_staff'] as const,
    };
    const seen = await asAppActor(bed.database.app, shelterActor, (client) =>
      client.query('SELECT id FROM case_attachments WHERE case_id = $1', [people.caseId]),
    );
    expect(seen.rows.map((row) => row.id)).toEqual([pdfId]);
    const changed = asAppActor(bed.database.app, shelterActor, (client) =>
      client.query('UPDATE case_attachments SET content_type = $1', ['image/png']),
    );
    await expect(changed).rejects.toThrow(/permission denied/);
  });
});

describe('removing and storing files', () => {
  it('removes a file with If-Match and a reason; history names the file without its name', async () => {
    const extra = await upload(cast.caseWorker, path('attachments'), PDF, 'fieldGroup=identity', NAME);
    const target = path(`attachments/${extra.body.id}`);
    expect((await cast.caseWorker.call('DELETE', target, { reason: 'Adjuntado por error' })).status).toBe(
      428,
    );
    expect(
      (await cast.caseWorker.call('DELETE', target, { reason: 'Adjuntado por error' }, ifMatch(2))).status,
    ).toBe(412);
    expect(
      (await cast.caseWorker.call('DELETE', target, { reason: 'Adjuntado por error' }, ifMatch(1))).status,
    ).toBe(204);
    const history = await cast.prosecutor.call('GET', path('history'));
    const entries = history.body.items.filter(
      (entry: { recordId: string }) => entry.recordId === extra.body.id,
    );
    expect(entries.map((entry: { kind: string }) => entry.kind).sort()).toEqual(['created', 'removed']);
    expect(entries.flatMap((entry: { changes: unknown[] }) => entry.changes)).toContainEqual({
      field: 'fileName',
      protected: true,
    });
    expect(JSON.stringify(history.body)).not.toMatch(/Marcador/);
  });

  it('leaves no marker in any table, nor inside the stored bytes', async () => {
    const owner = bed.database.owner;
    const tables = await owner.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    for (const { tablename } of tables.rows) {
      const dump = await owner.query(
        `SELECT coalesce(string_agg(t::text, E'\\n'), '') AS text FROM ${tablename} t`,
      );
      expect(dump.rows[0].text, tablename).not.toMatch(/Marcador(archivo|nombre)/);
    }
    for (const marker of ['Marcadorarchivoservicios', 'Marcadorarchivoinvestigacion']) {
      const found = await owner.query(
        'SELECT count(*)::int AS n FROM case_attachments WHERE position($1::bytea IN content) > 0',
        [Buffer.from(marker)],
      );
      expect(found.rows[0].n).toBe(0);
    }
  });

  it('refuses bytes swapped between two files with a problem, never the other file', async () => {
    await bed.database.owner.query(
      `UPDATE case_attachments a SET content = b.content, size_bytes = b.size_bytes
       FROM case_attachments b WHERE a.id = $1 AND b.id = $2`,
      [pdfId, secretId],
    );
    const got = await download(cast.prosecutor, pdfId);
    expect(got.status).toBe(500);
    expect(got.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.parse(got.bytes.toString()).code).toBe('attachment_unreadable');
    expect(got.bytes.includes(Buffer.from('Marcadorarchivo'))).toBe(false);
  });

  it('survives key rotation: the data key is re-wrapped and the bytes are left as they were', async () => {
    const owner = bed.database.owner;
    const read = async () =>
      (await owner.query('SELECT content, content_key FROM case_attachments WHERE id = $1', [secretId]))
        .rows[0];
    const before = await read();
    const rotated = addKey(bed.server.keyRing);
    expect(await reencryptColumns(owner, rotated, ATTACHMENT_ENCRYPTED_COLUMNS)).toBeGreaterThan(0);
    const after = await read();
    expect(after.content).toEqual(before.content);
    expect(after.content_key).toMatch(new RegExp(`^v1\\.${rotated.activeKeyId}\\.`));
    expect(
      openAttachment(rotated, secretId, { content: after.content, contentKey: after.content_key }),
    ).toEqual(SECRET_PNG);
  });
});
