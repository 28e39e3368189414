import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../store/migrations.js';
import { closeStore, openStore } from '../store/store.js';
import { storeStats } from '../store/stats.js';
import { DEFAULT_MAX_CHARS, contentHash } from './code-raw.js';
import { ingest, type IngestOptions } from './ingest.js';

const TEXT = 'استقبل الرئيس السوري في دمشق وزير الخارجية العراقي وبحث معه العلاقات الثنائية.';
const options = (db: string, over: Partial<IngestOptions['defaults']> = {}): IngestOptions => ({ db, jobs: 1, quiet: true, defaults: { maxChars: DEFAULT_MAX_CHARS, ...over } });
const tmp = (name: string): string => mkdtempSync(join(tmpdir(), `marsad-${name}-`));

function rows<T>(db: string, sql: string): T[] {
  const store = openStore(db, { readonly: true });
  try {
    return store.db.prepare(sql).all() as T[];
  } finally {
    closeStore(store);
  }
}

test('reingest: a failure is resolved once its input is fixed and read again, kept with the run that resolved it', async () => {
  const d = tmp('resolve');
  const db = join(tmp('resolve-db'), 's.db');
  writeFileSync(join(d, 'a.txt'), Buffer.from([0x61, 0x00, 0x62]));
  writeFileSync(join(d, 'b.jsonl'), '{"text": 1}\n');
  await ingest([d], options(db));
  const store = openStore(db, { readonly: true });
  assert.equal(storeStats(store, {}).failures.failed, 2);
  closeStore(store);
  writeFileSync(join(d, 'a.txt'), TEXT);
  writeFileSync(join(d, 'b.jsonl'), `{"text": "${TEXT} اليوم", "date": "9999-12-31T99"}\n`);
  const s = await ingest([`${d}/`], options(db));
  assert.equal(s.added, 1);
  assert.equal(s.resolved, 2);
  const failures = rows<{ origin: string; reason: string; resolved_run: number | null }>(db, 'SELECT origin, reason, resolved_run FROM failures ORDER BY id');
  assert.deepEqual(failures.map((f) => [f.origin.slice(d.length + 1), f.resolved_run]), [['a.txt', s.runId], ['b.jsonl:1', s.runId], ['b.jsonl:1', null]]);
  // regression: "9999-12-31T99" was taken as the date 9999-12-31
  assert.match(failures[2]!.reason, /^field "date": expected an ISO 8601 date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM\[:SS\]\[Z\|±HH:MM\] \(found "9999-12-31T99"\)$/);
  const again = openStore(db, { readonly: true });
  assert.deepEqual({ ...storeStats(again, {}).failures, byStage: undefined }, { failed: 1, skipped: 0, resolved: 2, byStage: undefined });
  closeStore(again);
  // the same failure met again stays one outstanding row
  await ingest([d], options(db));
  assert.equal(rows(db, 'SELECT 1 FROM failures WHERE resolved_run IS NULL').length, 1);
});

test('reingest: the same file with and without --source is one document; two named outlets stay two', async () => {
  const d = tmp('source');
  const db = join(d, 's.db');
  writeFileSync(join(d, 'a.txt'), TEXT);
  assert.equal((await ingest([join(d, 'a.txt')], options(db))).added, 1);
  assert.equal((await ingest([join(d, 'a.txt')], options(db, { source: 'sana' }))).unchanged, 1);
  const db2 = join(d, 's2.db');
  assert.equal((await ingest([join(d, 'a.txt')], options(db2, { source: 'sana' }))).added, 1);
  assert.equal((await ingest([join(d, 'a.txt')], options(db2))).unchanged, 1);
  assert.equal((await ingest([join(d, 'a.txt')], options(db2, { source: 'alwatan' }))).added, 1);
  writeFileSync(join(d, 'b.jsonl'), `${JSON.stringify({ id: 'x1', text: TEXT, source: 'sana' })}\n${JSON.stringify({ id: 'x2', text: TEXT })}\n`);
  const s = await ingest([join(d, 'b.jsonl')], options(join(d, 's3.db')));
  assert.deepEqual([s.added, s.unchanged], [1, 1]);
});

test('reingest: a JSON Lines sourceCountry is the outlet\'s country; an unknown code fails its line naming the field', async () => {
  const d = tmp('country');
  const db = join(d, 's.db');
  writeFileSync(join(d, 'c.jsonl'), `${JSON.stringify({ id: 'c1', text: TEXT, source_country: 'SYR' })}\n${JSON.stringify({ id: 'c2', text: `${TEXT} `, sourceCountry: 'XYZ' })}\n`);
  await ingest([d], options(db));
  assert.deepEqual(rows(db, 'SELECT ext_id, source_country FROM documents'), [{ ext_id: 'c1', source_country: 'SYR' }]);
  const [f] = rows<{ origin: string; reason: string }>(db, 'SELECT origin, reason FROM failures');
  assert.equal(f!.origin, `${join(d, 'c.jsonl')}:2`);
  assert.equal(f!.reason, 'field "sourceCountry": expected an ISO 3166-1 alpha-3 country code such as SYR (found "XYZ")');
});

test('reingest: a store of schema 1 is migrated, its text documents getting a body hash', async () => {
  const db = join(tmp('migrate'), 's.db');
  const raw = new Database(db);
  raw.exec(MIGRATIONS[0]!.sql);
  raw.pragma('user_version = 1');
  raw.prepare("INSERT INTO runs (id, started_at, command) VALUES (1, '2025-01-01', 'test')").run();
  const insert = raw.prepare("INSERT INTO documents (hash, ext_id, origin, lang, source, text, sentences, tokens, run_id) VALUES (?, ?, ?, 'ar', ?, ?, 1, 1, 1)");
  insert.run(contentHash({ origin: 'a', text: TEXT }, { source: 'sana' }), 'a', 'a.txt', 'sana', TEXT);
  insert.run(contentHash({ origin: 'p', html: `<p>${TEXT}</p>` }, {}), 'p', 'p.html', null, TEXT);
  raw.close();
  const store = openStore(db);
  const got = store.db.prepare('SELECT ext_id, body_hash IS NOT NULL AS known FROM documents ORDER BY id').all();
  assert.equal(store.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  closeStore(store);
  assert.deepEqual(got.map((r) => ({ ...r as object })), [{ ext_id: 'a', known: 1 }, { ext_id: 'p', known: 0 }]);
  const d = tmp('migrate-in');
  writeFileSync(join(d, 'a.txt'), TEXT);
  assert.equal((await ingest([join(d, 'a.txt')], options(db))).unchanged, 1, 'the text stored with an outlet before the migration is the same document');
});

test('reingest: windows-1256 HTML and UTF-16 text are read by their encoding', async () => {
  const d = tmp('enc');
  const decoder = new TextDecoder('windows-1256');
  const table = new Map(Array.from({ length: 256 }, (_, b) => [decoder.decode(Uint8Array.of(b)), b] as const));
  const cp1256 = Buffer.from([...TEXT].map((c) => table.get(c)!));
  writeFileSync(join(d, 'p.html'), Buffer.concat([Buffer.from('<html><head><meta charset="windows-1256"></head><body><p>'), cp1256, Buffer.from('</p></body></html>')]));
  writeFileSync(join(d, 'u.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${TEXT} اليوم`, 'utf16le')]));
  const db = join(d, 's.db');
  const s = await ingest([d], options(db));
  assert.equal(s.added, 2, JSON.stringify(rows(db, 'SELECT * FROM failures')));
  assert.deepEqual(rows<{ text: string }>(db, 'SELECT text FROM documents ORDER BY origin').map((r) => r.text), [TEXT, `${TEXT} اليوم`]);
});
