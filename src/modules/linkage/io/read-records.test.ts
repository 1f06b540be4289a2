import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LinkageInputError } from './input-error.ts';
import { DEFAULT_MAP, parseInputMap } from './input-map.ts';
import { readLinkageRecords } from './read-records.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'enlace-read-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const HEADER = 'record_id,source,given_names,surname_1,surname_2,sex,birth_date,nationality,curp,phone';

function csv(name: string, lines: string[]): string {
  const file = path.join(workDir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function problemOf(files: string[], map = DEFAULT_MAP) {
  const error = await readLinkageRecords(files, map).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LinkageInputError);
  const { problem, row, column, value } = error as LinkageInputError;
  return { problem, row, column, value };
}

describe('readLinkageRecords', () => {
  it('reads and checks the default layout', async () => {
    const [record] = await readLinkageRecords(
      [
        csv('ok.csv', [
          HEADER,
          'r-1,,Ma. Lupe,Hernández,,F,1990-05,mexicana,HEGG560427MVZRRL04,044 55 1234 5678',
        ]),
      ],
      DEFAULT_MAP,
    );
    expect(record).toMatchObject({
      id: 'r-1',
      source: 'ok',
      givenNames: 'Ma. Lupe',
      sex: 'F',
      birthDate: { year: 1990, month: 5, day: null },
      nationality: 'MEX',
      curp: { value: 'HEGG560427MVZRRL04', checkDigitValid: true },
      phone: '+525512345678',
    });
  });

  it('needs no column but record_id', async () => {
    const records = await readLinkageRecords([csv('ids.csv', ['record_id', 'a', 'b'])], DEFAULT_MAP);
    expect(records.map((record) => record.id)).toEqual(['a', 'b']);
  });

  it.each([
    [
      'an invalid date',
      'x,,Ana,Ruiz,,F,17/05/1990,,,',
      { problem: 'badDate', row: 2, column: 'birth_date', value: '17/05/1990' },
    ],
    ['an unknown sex code', 'x,,Ana,Ruiz,,H,,,,', { problem: 'badSex', row: 2, column: 'sex', value: 'H' }],
    [
      'a value that is no CURP',
      'x,,Ana,Ruiz,,,,,RUIA900517,',
      { problem: 'badCurp', row: 2, column: 'curp', value: 'RUIA900517' },
    ],
    [
      'a value that is no phone',
      'x,,Ana,Ruiz,,,,,,no tiene',
      { problem: 'badPhone', row: 2, column: 'phone', value: 'no tiene' },
    ],
    ['an empty id', ',,Ana,Ruiz,,,,,,', { problem: 'emptyId', row: 2, column: 'record_id', value: null }],
    ['too few columns', 'x,,Ana', { problem: 'columnCount', row: 2, column: null, value: '10' }],
    [
      'an unclosed quote',
      'x,,"Ana,Ruiz,,,,,,',
      { problem: 'csvSyntax', row: 2, column: 'given_names', value: null },
    ],
  ])('rejects %s with its line and column', async (_, row, expected) => {
    expect(await problemOf([csv('bad.csv', [HEADER, row])])).toEqual(expected);
  });

  it('rejects ids repeated across files, at the repetition', async () => {
    const first = csv('first.csv', [HEADER, 'same,,Ana,,,,,,,']);
    const second = csv('second.csv', [HEADER, 'other,,Ana,,,,,,,', 'same,,Ana,,,,,,,']);
    expect(await problemOf([first, second])).toEqual({
      problem: 'duplicateId',
      row: 3,
      column: 'record_id',
      value: 'same',
    });
  });

  it('rejects a header without the record id or with a column twice', async () => {
    expect(await problemOf([csv('no-id.csv', ['id,given_names', '1,Ana'])])).toMatchObject({
      problem: 'missingColumn',
      row: 1,
      column: 'record_id',
    });
    expect(await problemOf([csv('twice.csv', ['record_id,sex,sex', '1,F,F'])])).toMatchObject({
      problem: 'duplicateColumn',
      column: 'sex',
    });
  });

  it('reports a file it cannot open', async () => {
    expect(await problemOf([path.join(workDir, 'absent.csv')])).toMatchObject({
      problem: 'unreadable',
      row: null,
    });
  });
});

describe('input maps', () => {
  const febrlMap = parseInputMap({
    columns: {
      record_id: 'rec_id',
      given_names: 'given_name',
      surname_1: 'surname',
      birth_date: 'date_of_birth',
    },
    birth_date_format: 'yyyymmdd',
    extra: [
      { name: 'address', columns: ['street_number', 'address_1'] },
      { name: 'postcode', columns: ['postcode'], kind: 'code' },
    ],
    blocking: [['postcode', 'given_name']],
  });

  it('maps another layout, joins extra columns and adds blocking rules', async () => {
    const file = csv('febrl.csv', [
      'rec_id, given_name, surname, street_number, address_1, postcode, date_of_birth, soc_sec_id',
      'rec-1-org, michaela, neumann, 8, stanley street, 4223, 19151111, 5304218',
    ]);
    const [record] = await readLinkageRecords([file], febrlMap);
    expect(record).toMatchObject({
      id: 'rec-1-org',
      givenNames: 'michaela',
      surname1: 'neumann',
      extras: ['8 stanley street', '4223'],
    });
    expect(record!.birthDate).toEqual({ year: 1915, month: 11, day: 11, valid: true });
    expect(febrlMap.blockingRules).toEqual([
      { name: 'postcode + given_name', on: ['extra:postcode', 'givenName'] },
    ]);
  });

  it('reads the sex codes a map declares', async () => {
    const file = csv('hm.csv', ['rec_id,sex', 'a,H', 'b,m']);
    const map = parseInputMap({ columns: { record_id: 'rec_id' }, sex_values: { H: 'M', M: 'F' } });
    const records = await readLinkageRecords([file], map);
    expect(records.map((record) => record.sex)).toEqual(['M', 'F']);
  });

  it('rejects unknown keys and blocking parts', () => {
    expect(() => parseInputMap({ colums: {} })).toThrow();
    expect(() => parseInputMap({ blocking: [['shoe_size']] })).toThrow(/unknown blocking key part/);
  });
});
