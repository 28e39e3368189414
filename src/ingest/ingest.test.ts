import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { PACKAGE_ROOT } from '../data/paths.js';
import { closeStore, openStore } from '../store/store.js';
import { DEFAULT_MAX_CHARS } from './code-raw.js';
import { ingest } from './ingest.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'ingest');

/** A folder with the fixture articles and every kind of bad input beside them. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(join(dir, 'bad-utf8.txt'), Buffer.from([0x61, 0xd8, 0x20, 0xff, 0xfe, 0x62]));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'huge.txt'), 'ب'.repeat(10 * 1024 * 1024));
  writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(50_000)}نص${'</div>'.repeat(50_000)}</body></html>`);
  writeFileSync(join(dir, 'more.jsonl.gz'), gzipSync('{"id": "g1", "text": "استدعت وزارة الخارجية المغربية السفير الجزائري.", "date": "2025-03-07"}\n'));
  writeFileSync(join(dir, 'broken.csv.gz'), Buffer.from('not gzip at all'));
  writeFileSync(join(dir, 'lines.jsonl'), Buffer.concat([Buffer.from('{"id": "u1", "text": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n{"id": "u2", "text": "رحبت مصر بالاتفاق."}\n')]));
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50]));
  return dir;
}

interface Failure { origin: string; stage: string; kind: string; reason: string }

function readStore(db: string): { documents: number; events: number; mentions: number; failures: Failure[] } {
  const store = openStore(db, { readonly: true });
  try {
    const n = (sql: string): number => (store.db.prepare(sql).get() as { n: number }).n;
    return {
      documents: n('SELECT count(*) AS n FROM documents'), events: n('SELECT count(*) AS n FROM events'), mentions: n('SELECT count(*) AS n FROM mentions'),
      failures: store.db.prepare('SELECT origin, stage, kind, reason FROM failures ORDER BY origin').all() as Failure[],
    };
  } finally {
    closeStore(store);
  }
}

const dir = corpus();
const db = join(dir, 'store.db');
const options = { db, jobs: 2, quiet: true, defaults: { maxChars: DEFAULT_MAX_CHARS } };
const first = ingest([dir], options);

test('ingest: every readable document of every format lands', async () => {
  const s = await first;
  const st = readStore(db);
  // ar-visit.txt, en-talks.html, feed.rss ×2, world.atom, batch.jsonl b1 b2, reports.csv c1 c2, more.jsonl.gz, lines.jsonl u2
  assert.equal(s.added, 11);
  assert.equal(st.documents, 11);
  assert.ok(st.events >= 10, `events: ${st.events}`);
});

test('ingest: each bad input is a failure with a clear reason, origin and stage', async () => {
  await first;
  const { failures } = readStore(db);
  const reason = (suffix: string): Failure => {
    const f = failures.find((x) => x.origin.endsWith(suffix));
    assert.ok(f, `no failure recorded for ${suffix}: ${JSON.stringify(failures)}`);
    return f;
  };
  assert.match(reason('bad-utf8.txt').reason, /not valid UTF-8/);
  assert.match(reason('binary.txt').reason, /binary content \(NUL byte at offset 4\)/);
  assert.match(reason('empty.txt').reason, /empty file/);
  assert.match(reason('huge.txt').reason, /10,485,760 characters is over the limit of 1,000,000/);
  assert.equal(reason('huge.txt').stage, 'size');
  assert.match(reason('deep.html').reason, /HTML nested \d+ elements deep/);
  assert.match(reason('broken.csv.gz').reason, /not a readable gzip file/);
  assert.match(reason('lines.jsonl:1').reason, /not valid UTF-8/);
  assert.match(reason('batch.jsonl:4').reason, /expected a "text" or an "html" field/);
  assert.match(reason('batch.jsonl:5').reason, /invalid JSON/);
  assert.match(reason('batch.jsonl:3').reason, /field "date": expected an ISO 8601 date/);
  assert.match(reason('reports.csv:4').reason, /malformed CSV row/);
  assert.match(reason('feed.rss#3').reason, /neither content nor description/);
  assert.equal(reason('fr.txt').kind, 'skipped');
  assert.equal(reason('batch.jsonl:6').stage, 'language');
  assert.equal(reason('image.png').kind, 'skipped');
});

test('ingest: metadata comes from HTML, feeds, CSV and JSONL', async () => {
  await first;
  const store = openStore(db, { readonly: true });
  try {
    const doc = (origin: string): Record<string, unknown> => store.db.prepare('SELECT * FROM documents WHERE origin LIKE ?').get(`%${origin}`) as Record<string, unknown>;
    const html = doc('en-talks.html');
    assert.equal(html.title, 'Ministers meet in Amman');
    assert.equal(html.published_at, '2025-03-04');
    assert.equal(html.source, 'The Daily Ledger');
    assert.doesNotMatch(String(html.text), /All rights reserved|Sport/);
    const item = doc('feed.rss#1');
    assert.equal(item.source, 'وكالة الأنباء التجريبية');
    assert.equal(item.published_at, '2025-03-03');
    assert.equal(item.url, 'https://example.org/a/1');
    assert.equal(doc('reports.csv:2').source, 'sana');
    assert.equal(doc('batch.jsonl:1').ext_id, 'b1');
    assert.equal(doc('more.jsonl.gz:1').ext_id, 'g1');
  } finally {
    closeStore(store);
  }
});

test('ingest: running again adds nothing', async () => {
  const before = (await first, readStore(db));
  const again = await ingest([dir], options);
  const after = readStore(db);
  assert.equal(again.added, 0);
  assert.equal(again.unchanged, 11);
  assert.equal(again.eventsAdded, 0);
  assert.deepEqual(after, before);
});

test('ingest: the same text from two outlets is two documents and one event with two sources', async () => {
  const d = mkdtempSync(join(tmpdir(), 'marsad-xdoc-'));
  const text = 'استقبل الرئيس السوري في دمشق وزير الخارجية العراقي.';
  writeFileSync(join(d, 'a.jsonl'), `${JSON.stringify({ id: 'x1', text, date: '2025-03-02', source: 'sana' })}\n${JSON.stringify({ id: 'x2', text, date: '2025-03-02', source: 'alwatan' })}\n${JSON.stringify({ id: 'x3', text, date: '2025-03-02', source: 'sana' })}\n`);
  const s = await ingest([d], { ...options, db: join(d, 's.db') });
  assert.equal(s.added, 2);
  assert.equal(s.unchanged, 1);
  const store = openStore(join(d, 's.db'), { readonly: true });
  try {
    const e = store.db.prepare("SELECT num_mentions, num_documents, num_sources FROM events WHERE event = 'CONSULT'").get();
    assert.deepEqual({ ...e as object }, { num_mentions: 2, num_documents: 2, num_sources: 2 });
  } finally {
    closeStore(store);
  }
});

test('ingest: a store written by a newer Marsad is refused', () => {
  const d = mkdtempSync(join(tmpdir(), 'marsad-ver-'));
  const file = join(d, 'x.db');
  const s = openStore(file);
  s.db.pragma('user_version = 99');
  closeStore(s);
  assert.throws(() => openStore(file), /schema version 99 is newer/);
  assert.ok(readFileSync(file).length > 0);
});

test('ingest: hostile shapes — a stray quote in CSV, lone surrogates, bare HTML, a FIFO, empty JSONL, a header-only CSV — cost only themselves', async () => {
  const d = mkdtempSync(join(tmpdir(), 'marsad-hostile-'));
  writeFileSync(join(d, 'q.csv'), 'id,text\n1,The minister said "we agree" after talks in Cairo.\n2,"Talks in Baghdad" ended late, officials said.\n3,The Saudi foreign minister visited Cairo on Monday.\n');
  writeFileSync(join(d, 's.jsonl'), '{"id": "s1", "text": "\\ud800\\ud800 استقبل الرئيس السوري في دمشق وزير الخارجية العراقي.", "date": "2025-03-02"}\n');
  writeFileSync(join(d, 'bare.html'), '<p>استقبل الرئيس السوري في دمشق اليوم وزير الخارجية العراقي وبحث معه العلاقات الثنائية بين البلدين.</p>');
  writeFileSync(join(d, 'e.jsonl'), '');
  writeFileSync(join(d, 'h.csv'), 'text\n');
  spawnSync('mkfifo', [join(d, 'pipe.txt')]);
  const db = join(mkdtempSync(join(tmpdir(), 'marsad-hostile-db-')), 'h.db');
  const s = await ingest([d], { ...options, db });
  assert.equal(s.added, 4, JSON.stringify(s));
  const store = openStore(db, { readonly: true });
  try {
    const doc = store.db.prepare("SELECT id, text FROM documents WHERE ext_id = 's1'").get() as { id: number; text: string };
    assert.ok(doc.text.startsWith('\uFFFD\uFFFD '));
    const m = store.db.prepare('SELECT trigger_start, trigger_end, trigger_text FROM mentions WHERE document_id = ?').get(doc.id) as { trigger_start: number; trigger_end: number; trigger_text: string };
    assert.equal(doc.text.slice(m.trigger_start, m.trigger_end), m.trigger_text);
    const failures = (store.db.prepare("SELECT origin, reason FROM failures WHERE kind = 'failed' OR origin LIKE '%pipe.txt'").all() as Failure[]).map((f) => `${f.origin.slice(d.length + 1)}: ${f.reason}`).sort();
    assert.deepEqual(failures, ['e.jsonl: empty file', 'h.csv: the CSV file has a header and no rows', 'pipe.txt: not a regular file (a device, FIFO or socket); expected a file or a folder',
      'q.csv:3: malformed CSV row (Invalid Record Length: expect 2, got 3 on line 3)']);
  } finally {
    closeStore(store);
  }
});

test('ingest: undated reports in two documents stay two events', async () => {
  const d = mkdtempSync(join(tmpdir(), 'marsad-undated-'));
  writeFileSync(join(d, 'a.txt'), 'التقى وزير الخارجية الأردني في عمان نظيره العراقي.');
  writeFileSync(join(d, 'b.txt'), 'التقى وزير الخارجية الأردني في بغداد نظيره العراقي.');
  const s = await ingest([d], { ...options, db: join(d, 'u.db') });
  assert.equal(s.eventsAdded, 2);
});
