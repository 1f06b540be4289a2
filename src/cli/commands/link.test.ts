import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'enlace-link-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const HEADER = 'record_id,source,given_names,surname_1,surname_2,sex,birth_date,nationality,curp,phone';
const ROWS = [
  'f-1,fevimtra,María Guadalupe,Hernández,López,F,1990-05-17,Mexicana,,55 1234 5678',
  'f-2,fevimtra,Omar,Tzul,Balam,M,1972-11-02,Guatemala,,',
  'f-3,fevimtra,Xóchitl,Cetina,Ibarra,F,2004-02-29,MEX,,',
];
const OTHER_ROWS = [
  'c-1,consulado,LUPE,HERNANDEZ LOPEZ,,F,1990-05-17,MX,,+52 55 1234 5678',
  'c-2,consulado,Omar,Balam,Tzul,M,1972,GT,,',
];

function file(name: string, lines: string[]): string {
  const target = path.join(workDir, name);
  writeFileSync(target, `${lines.join('\n')}\n`);
  return target;
}

function outputRows(target: string): string[][] {
  return readFileSync(target, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
}

describe('enlace link', { timeout: 30_000 }, () => {
  it('writes one row per record with the cluster of each person', async () => {
    const output = path.join(workDir, 'clusters.csv');
    const review = path.join(workDir, 'review.csv');
    const { code, stdout } = await runCli([
      'link',
      '--input',
      file('a.csv', [HEADER, ...ROWS]),
      '--input',
      file('b.csv', [HEADER, ...OTHER_ROWS]),
      '--output',
      output,
      '--review-output',
      review,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('5 registros agrupados en 3 personas');
    const [header, ...rows] = outputRows(output);
    expect(header).toEqual(['record_id', 'cluster_id', 'match_weight']);
    const clusterOf = Object.fromEntries(rows.map(([id, cluster]) => [id, cluster]));
    expect(Object.keys(clusterOf).sort()).toEqual(['c-1', 'c-2', 'f-1', 'f-2', 'f-3']);
    expect(clusterOf['f-1']).toBe(clusterOf['c-1']);
    expect(clusterOf['f-2']).toBe(clusterOf['c-2']);
    expect(clusterOf['f-3']).not.toBe(clusterOf['f-1']);
    expect(readFileSync(review, 'utf8')).toMatch(/^record_id_1,record_id_2,match_probability,match_weight/);
  });

  it('rejects a malformed file with exit code 2, naming the line and the column', async () => {
    const lines = [HEADER, ROWS[0]!, 'x-2,a,Ana,Ruiz,,F,17/05/1990,,,'];
    const { code, stdout, stderr } = await runCli([
      'link',
      '--input',
      file('bad.csv', lines),
      '--output',
      path.join(workDir, 'x.csv'),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad.csv, línea 3, columna «birth_date»: fecha no válida «17/05/1990»');
  });

  it('rejects a record id repeated in another file, in English when asked', async () => {
    const { code, stderr } = await runCli(
      [
        'link',
        '--input',
        file('one.csv', [HEADER, ROWS[0]!]),
        '--input',
        file('two.csv', [HEADER, ROWS[0]!]),
        '--output',
        path.join(workDir, 'x.csv'),
      ],
      { env: { ENLACE_LANG: 'en' } },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('two.csv, line 2, column "record_id"');
    expect(stderr).toContain('the id "f-1" appeared before');
  });

  it('rejects a map naming a column the file lacks', async () => {
    const map = file('map.json', [JSON.stringify({ columns: { given_names: 'nombre' } })]);
    const missing = await runCli([
      'link',
      '--input',
      file('plain.csv', [HEADER, ...ROWS]),
      '--map',
      map,
      '--output',
      path.join(workDir, 'x.csv'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('línea 1, columna «nombre»');
  });

  it('rejects a threshold that is not a probability', async () => {
    const { code, stderr } = await runCli([
      'link',
      '--input',
      file('plain.csv', [HEADER, ...ROWS]),
      '--output',
      path.join(workDir, 'x.csv'),
      '--threshold',
      '90',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('«90»');
  });

  it('explains the evidence for one pair', async () => {
    const { code, stdout } = await runCli([
      'link',
      'explain',
      '--input',
      file('a.csv', [HEADER, ...ROWS]),
      '--input',
      file('b.csv', [HEADER, ...OTHER_ROWS]),
      '--pair',
      'f-2,c-2',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Par f-2 ↔ c-2');
    expect(stdout).toContain('apellidos invertidos');
    expect(stdout).toMatch(/birth_date\s+compatible/);
    expect(stdout).toContain('probabilidad de coincidencia');
  });
});

describe('enlace link with privacy-preserving encodings', { timeout: 30_000 }, () => {
  const secret = file('secret.key', ['a secret the two agencies exchanged in person, long enough']);

  it('encodes each party’s records and links the encodings', async () => {
    const encodedA = path.join(workDir, 'encoded-a.csv');
    const encodedB = path.join(workDir, 'encoded-b.csv');
    for (const [input, output] of [
      [file('a.csv', [HEADER, ...ROWS]), encodedA],
      [file('b.csv', [HEADER, ...OTHER_ROWS]), encodedB],
    ] as const) {
      const encoded = await runCli([
        'link',
        'encode',
        '--secret-file',
        secret,
        '--input',
        input,
        '--output',
        output,
      ]);
      expect(encoded.code).toBe(0);
    }
    const encodedText = readFileSync(encodedA, 'utf8');
    expect(encodedText).toMatch(/^record_id,source,clk,key_check\n/);
    expect(encodedText).not.toContain('Hernández');
    const output = path.join(workDir, 'pprl-clusters.csv');
    const { code } = await runCli([
      'link',
      '--mode',
      'pprl',
      '--input',
      encodedA,
      '--input',
      encodedB,
      '--output',
      output,
    ]);
    expect(code).toBe(0);
    const clusterOf = Object.fromEntries(
      outputRows(output)
        .slice(1)
        .map(([id, cluster]) => [id, cluster]),
    );
    expect(clusterOf['f-1']).toBe(clusterOf['c-1']);
    expect(clusterOf['f-3']).not.toBe(clusterOf['c-1']);
  });

  it('rejects a secret that is too short', async () => {
    const { code, stderr } = await runCli([
      'link',
      'encode',
      '--secret-file',
      file('short.key', ['abc']),
      '--input',
      file('a.csv', [HEADER, ...ROWS]),
      '--output',
      path.join(workDir, 'e.csv'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('demasiado corto');
  });

  it('rejects a malformed encoding, naming its row', async () => {
    const bad = file('bad-encoding.csv', ['record_id,source,clk,key_check', 'x-1,a,bm90IGEgY2xr,abc']);
    const { code, stderr } = await runCli([
      'link',
      '--mode',
      'pprl',
      '--input',
      bad,
      '--output',
      path.join(workDir, 'x.csv'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('línea 2, columna «clk»');
  });
});
