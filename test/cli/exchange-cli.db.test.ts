import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

let dataDir: string;
let env: Record<string, string>;
const file = (name: string) => path.join(dataDir, name);

const bundle = (...records: unknown[]) =>
  `${[{ type: 'enlace-bundle', version: 1 }, ...records].map((record) => JSON.stringify(record)).join('\n')}\n`;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-exchange-'));
  env = { ENLACE_DATA_DIR: dataDir };
  expect((await runCli(['demo', 'load'], { env })).code).toBe(0);
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('enlace import and export', () => {
  it('imports a bundle as a user, then finds nothing new in the same file', async () => {
    await writeFile(
      file('good.jsonl'),
      bundle(
        { type: 'case', id: 'cli-001', stateCode: 'OAX', openedOn: '2012-05-04' },
        {
          type: 'person',
          id: 'cli-p-001',
          case: 'cli-001',
          role: 'survivor',
          sex: 'female',
          birthYear: 1994,
        },
      ),
    );
    const first = await runCli(['import', file('good.jsonl'), '--as', 'demo.fiscal'], { env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('1 casos, 1 personas y 0 registros nuevos');
    const second = await runCli(['import', file('good.jsonl'), '--as', 'demo.fiscal'], {
      env: { ...env, ENLACE_LANG: 'en' },
    });
    expect(second.stdout).toContain('0 new cases, 0 new people and 0 new records');
  });

  it('rejects a file with a bad row: every reject on stderr, a JSON report, exit 2, nothing written', async () => {
    await writeFile(
      file('bad.jsonl'),
      bundle(
        { type: 'case', id: 'cli-002', stateCode: 'OAX', openedOn: '2012-05-04' },
        { type: 'person', id: 'cli-p-002', case: 'cli-002', role: 'survivor', birthYear: 1800 },
      ),
    );
    const rejected = await runCli(
      ['import', file('bad.jsonl'), '--as', 'demo.fiscal', '--report', file('report.json')],
      { env },
    );
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain('línea 3, campo birthYear');
    expect(rejected.stderr).toContain('no se importó nada');
    const report = JSON.parse(await readFile(file('report.json'), 'utf8'));
    expect(report.rejects).toEqual([expect.objectContaining({ line: 3, field: 'birthYear' })]);
    const exported = await runCli(['export', '--as', 'demo.fiscal'], { env });
    expect(exported.stdout).not.toContain('cli-002');
  });

  it('exports the agency’s cases, identities only with a reason, to a private file', async () => {
    const exported = await runCli(['export', '--as', 'demo.fiscal', '--out', file('out.jsonl')], { env });
    expect(exported.code).toBe(0);
    const lines = (await readFile(file('out.jsonl'), 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ type: 'enlace-bundle', version: 1, source: 'FEVIMTRA' });
    expect(lines).toContainEqual(expect.objectContaining({ type: 'case', id: 'cli-001', stateCode: 'OAX' }));
    expect(lines.some((line) => 'identity' in line)).toBe(false);
    const mode = (await import('node:fs')).statSync(file('out.jsonl')).mode & 0o777;
    expect(mode).toBe(0o600);
    const withoutReason = await runCli(['export', '--as', 'demo.fiscal', '--identities'], { env });
    expect(withoutReason.code).toBe(2);
  });

  it('imports and exports an HTCDS CSV, naming the row and column of a reject', async () => {
    const header =
      'enlace_CaseId,enlace_CaseState,enlace_CaseOpenedOn,enlace_PersonId,prs_Gender,enlace_BirthYear';
    await writeFile(file('good.csv'), `${header}\ncsv-001,CHP,2013-01-09,csv-p-001,Feminine,1999\n`);
    const imported = await runCli(['import', file('good.csv'), '--as', 'demo.fiscal'], { env });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('1 casos, 1 personas y 0 registros nuevos');
    await writeFile(file('bad.txt'), `${header}\ncsv-002,CHP,2013-01-09,csv-p-002,Femenino,1999\n`);
    const rejected = await runCli(
      ['import', file('bad.txt'), '--as', 'demo.fiscal', '--format', 'htcds-csv'],
      {
        env,
      },
    );
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain('fila 2, columna prs_Gender');
    expect(rejected.stderr).toContain('Se rechazó una fila; no se importó nada.');
    const exported = await runCli(['export', '--as', 'demo.fiscal', '--format', 'htcds-csv'], { env });
    expect(exported.code).toBe(0);
    expect(exported.stdout.split('\n')[0]).toMatch(/^enlace_CaseId,/);
    expect(exported.stdout).toContain('csv-001');
    expect(exported.stdout).not.toContain('csv-002');
  });

  it('gives a statistician the de-identified extract, only with a purpose and never identities', async () => {
    const extract = await runCli(['export', '--as', 'demo.comision', '--purpose', 'anuario_2025'], { env });
    expect(extract.code).toBe(0);
    const lines = extract.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ type: 'enlace-statistical-extract', purpose: 'anuario_2025' });
    expect(lines).toContainEqual(
      expect.objectContaining({ type: 'case', stateCode: 'OAX', openedYear: 2012 }),
    );
    expect(extract.stdout).not.toContain('cli-001');
    const csv = await runCli(
      ['export', '--as', 'demo.comision', '--purpose', 'anuario_2025', '--format', 'htcds-csv'],
      { env },
    );
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).not.toContain('prs_FirstName');
    const withoutPurpose = await runCli(['export', '--as', 'demo.comision'], { env });
    expect(withoutPurpose.code).toBe(2);
    expect(withoutPurpose.stderr).toContain('finalidad');
    const badPurpose = await runCli(['export', '--as', 'demo.comision', '--purpose', 'Mi estudio'], { env });
    expect(badPurpose.code).toBe(2);
    const identities = await runCli(
      [
        'export',
        '--as',
        'demo.comision',
        '--purpose',
        'anuario_2025',
        '--identities',
        '--reason',
        'Ver los nombres',
      ],
      { env },
    );
    expect(identities.code).toBe(2);
    expect(identities.stdout).toBe('');
  });

  it('refuses unknown accounts, unreadable files and unknown formats with exit 2', async () => {
    expect((await runCli(['import', file('good.jsonl'), '--as', 'nadie'], { env })).code).toBe(2);
    expect((await runCli(['import', file('missing.jsonl'), '--as', 'demo.fiscal'], { env })).code).toBe(2);
    expect((await runCli(['export', '--as', 'demo.fiscal', '--format', 'xml'], { env })).code).toBe(2);
    const auditor = await runCli(['import', file('good.jsonl'), '--as', 'demo.auditor'], { env });
    expect(auditor.code).toBe(2);
    expect(auditor.stderr).toContain('Solo los roles que abren casos');
  });
});
