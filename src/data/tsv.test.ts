import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { DataError } from '../errors.js';
import { parseTsv, scanTsv, validateRecords, variants } from './tsv.js';

const schema = z.object({ id: z.string().min(1), sector: z.enum(['GOV', 'MIL']) });

test('tsv: records are validated and keep their line', () => {
  const rows = parseTsv('# comment\nid\tsector\n\na\tGOV\nb\tMIL\n', 'x.tsv', schema);
  assert.deepEqual(rows, [{ id: 'a', sector: 'GOV', line: 4 }, { id: 'b', sector: 'MIL', line: 5 }]);
});

test('tsv: a bad field names the file, line and field', () => {
  assert.throws(() => parseTsv('id\tsector\na\tGOVT\n', 'data/x.tsv', schema), (err: unknown) =>
    err instanceof DataError && /data\/x\.tsv:2: field "sector".*GOVT/.test(err.message));
});

test('tsv: a wrong number of fields is reported', () => {
  assert.throws(() => parseTsv('id\tsector\na\n', 'x.tsv', schema), /x\.tsv:2: expected 2 tab-separated fields/);
});

test('tsv: duplicate ids are refused', () => {
  assert.throws(() => parseTsv('id\tsector\na\tGOV\na\tMIL\n', 'x.tsv', schema), /duplicate id "a" \(first on line 2\)/);
});

test('tsv: an empty file has no header', () => {
  assert.throws(() => parseTsv('# only a comment\n', 'x.tsv', schema), /expected a header line/);
});

test('tsv: variants split on | and drop empties', () => {
  assert.deepEqual(variants('سوريا| سورية ||'), ['سوريا', 'سورية']);
});

test('tsv: with a sink every bad line and field is reported and the good records kept', () => {
  const errors: string[] = [];
  const sink = { error: (f: string, l: number, m: string) => errors.push(`${f}:${l}: ${m}`), warn: () => {} };
  const table = scanTsv('id\tsector\na\tGOVT\nb\nc\tMIL\nc\tGOV\n', 'x.tsv', sink);
  const rows = validateRecords(table?.records ?? [], 'x.tsv', schema, sink);
  assert.deepEqual(rows.map((r) => r.id), ['c']);
  assert.deepEqual(errors, [
    'x.tsv:3: expected 2 tab-separated fields (id, sector), found 1',
    'x.tsv:2: field "sector": expected one of GOV, MIL (found "GOVT")',
    'x.tsv:5: field "id": duplicate id "c" (first on line 4)',
  ]);
});
