import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { z } from 'zod';
import { DataError, InputError } from '../errors.js';
import { type DataLayers, dataLayers, readLayered } from './layers.js';
import type { IssueSink } from './tsv.js';

const schema = z.object({ id: z.string().regex(/^x:[a-z]+$/), sector: z.enum(['GOV', 'MIL']) });

/** A built-in folder and a user folder with one table each (fictional rows). */
function layers(builtin: string, user: string | null): DataLayers {
  const root = mkdtempSync(join(tmpdir(), 'marsad-layers-'));
  mkdirSync(join(root, 'b', 'actors'), { recursive: true });
  writeFileSync(join(root, 'b', 'actors', 't.tsv'), builtin);
  if (user === null) return { builtin: join(root, 'b'), user: null };
  mkdirSync(join(root, 'u', 'actors'), { recursive: true });
  writeFileSync(join(root, 'u', 'actors', 't.tsv'), user);
  return { builtin: join(root, 'b'), user: join(root, 'u') };
}

const BUILTIN = 'id\tsector\nx:arnor\tGOV\nx:gondor\tGOV\nx:rohan\tMIL\n';

function collect(): IssueSink & { errors: string[] } {
  const errors: string[] = [];
  return { errors, error: (file, line, message) => errors.push(`${file}:${line}: ${message}`), warn: () => {} };
}

test('layers: without a user file the built-in rows are read, with their file and line', () => {
  const rows = readLayered(layers(BUILTIN, null), 'actors/t.tsv', schema);
  assert.deepEqual(rows.map((r) => [r.id, r.line]), [['x:arnor', 2], ['x:gondor', 3], ['x:rohan', 4]]);
  assert.match(rows[0]?.file ?? '', /b[/\\]actors[/\\]t\.tsv$/);
});

test('layers: a user row with a known id replaces it in place, a new id is added', () => {
  const rows = readLayered(layers(BUILTIN, 'id\tsector\nx:gondor\tMIL\nx:mordor\tMIL\n'), 'actors/t.tsv', schema);
  assert.deepEqual(rows.map((r) => `${r.id}=${r.sector}`), ['x:arnor=GOV', 'x:gondor=MIL', 'x:rohan=MIL', 'x:mordor=MIL']);
  assert.match(rows[1]?.file ?? '', /u[/\\]actors[/\\]t\.tsv$/);
  assert.equal(rows[1]?.line, 2);
});

test('layers: a user row -ID removes the built-in row, with or without the other fields', () => {
  const rows = readLayered(layers(BUILTIN, 'id\tsector\n-x:arnor\n-x:rohan\t\n'), 'actors/t.tsv', schema);
  assert.deepEqual(rows.map((r) => r.id), ['x:gondor']);
});

test('layers: the user file may order its columns differently', () => {
  const rows = readLayered(layers(BUILTIN, 'sector\tid\nMIL\tx:arnor\n'), 'actors/t.tsv', schema);
  assert.equal(rows[0]?.sector, 'MIL');
});

test('layers: removing an id that is not built in is an error naming the user file and line', () => {
  assert.throws(() => readLayered(layers(BUILTIN, 'id\tsector\n-x:numenor\n'), 'actors/t.tsv', schema),
    (e: unknown) => e instanceof DataError && /u[/\\]actors[/\\]t\.tsv:2: field "id": "-x:numenor" removes nothing/.test(e.message));
});

test('layers: a bad user row names the user file, line and field', () => {
  assert.throws(() => readLayered(layers(BUILTIN, 'id\tsector\nx:gondor\tGOVT\n'), 'actors/t.tsv', schema),
    (e: unknown) => e instanceof DataError && /u[/\\]actors[/\\]t\.tsv:2: field "sector": expected one of GOV, MIL \(found "GOVT"\)/.test(e.message));
});

test('layers: a user file must name the built-in columns', () => {
  assert.throws(() => readLayered(layers(BUILTIN, 'id\tsectr\nx:gondor\tGOV\n'), 'actors/t.tsv', schema),
    /t\.tsv:1: header: expected the columns id, sector \(missing sector; unknown sectr\)/);
});

test('layers: a short row that removes nothing is an error, not a removal', () => {
  assert.throws(() => readLayered(layers(BUILTIN, 'id\tsector\nx:gondor\n'), 'actors/t.tsv', schema), /t\.tsv:2: expected 2 tab-separated fields/);
});

test('layers: with a sink every problem is reported and the good rows are kept', () => {
  const sink = collect();
  const rows = readLayered(layers(BUILTIN, 'id\tsector\nx:gondor\tGOVT\nx:mordor\tMIL\n-x:numenor\nx:mordor\tGOV\n'), 'actors/t.tsv', schema, sink);
  assert.equal(sink.errors.length, 3, sink.errors.join('\n'));
  assert.match(sink.errors.join('\n'), /:4: field "id": "-x:numenor"/);
  assert.match(sink.errors.join('\n'), /:2: field "sector"/);
  assert.match(sink.errors.join('\n'), /:5: field "id": duplicate id "x:mordor" \(first on line 3\)/);
  assert.deepEqual(rows.map((r) => r.id), ['x:arnor', 'x:gondor', 'x:rohan', 'x:mordor']);
});

test('layers: a dictionaries folder that does not exist is refused', () => {
  assert.throws(() => dataLayers(join(tmpdir(), 'no-such-marsad-folder')), (e: unknown) => e instanceof InputError && /no such folder/.test(e.message));
  assert.equal(dataLayers(undefined).user, null);
});
