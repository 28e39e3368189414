import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PACKAGE_ROOT } from '../data/paths.js';
import { closeStore, openStore } from '../store/store.js';
import { main } from './main.js';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'marsad', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-store-'));
const db = join(dir, 'm.db');
const ingested = run('ingest', '--quiet', '--jobs', '1', '--db', db, join(PACKAGE_ROOT, 'test', 'fixtures', 'ingest'));

test('cli: ingest prints what the run added and lists failures on standard error', async () => {
  const r = await ingested;
  assert.equal(r.code, 0);
  assert.match(r.out, /^run 1: \d+ read, 9 new documents, 0 already stored, 2 skipped, 5 failed; \d+ new events/);
  assert.match(r.err, /batch\.jsonl:5: failed \(parse\): invalid JSON/);
});

test('cli: events lists a table with a count line, and filters', async () => {
  await ingested;
  const r = await run('events', '--db', db, '--actor', 'JOR:GOV');
  assert.equal(r.code, 0);
  assert.match(r.out, /CONSULT\s+040\s+JOR:GOV\s+EGY:GOV\s+Amman/);
  // the fixture's «Egypt and Jordan have coordinated closely» is a joint COOPERATE event
  assert.match(r.out, /COOPERATE\s+060\s+EGY:GOV\s+JOR:GOV/);
  assert.match(r.out, /\n3 of 3 events\n$/);
  const csv = await run('events', '--db', db, '--format', 'csv', '--event', 'PROTEST');
  assert.deepEqual(csv.out.trim().split('\n').slice(1).map((l) => l.split(',').slice(2, 3)[0]), ['PROTEST']);
});

test('cli: a bad filter exits 2 with a message naming the flag', async () => {
  await ingested;
  const r = await run('events', '--db', db, '--to', 'yesterday');
  assert.equal(r.code, 2);
  assert.match(r.err, /--to: expected a date YYYY-MM-DD \(found "yesterday"\)/);
});

test('cli: a missing store exits 2 and says how to make one', async () => {
  const r = await run('stats', '--db', join(dir, 'none.db'));
  assert.equal(r.code, 2);
  assert.match(r.err, /no such store; create one with marsad ingest/);
});

test('cli: stats --json gives counts per event type, QuadClass, day and dyad', async () => {
  await ingested;
  const r = await run('stats', '--db', db, '--json');
  const s = JSON.parse(r.out) as { documents: number; byEvent: Array<{ event: string }>; byDyad: unknown[]; failures: { failed: number } };
  assert.equal(s.documents, 9);
  assert.ok(s.byEvent.some((e) => e.event === 'CONSULT'));
  assert.equal(s.failures.failed, 5);
});

test('cli: export writes a GDELT table to a file', async () => {
  await ingested;
  const out = join(dir, 'events.tsv');
  const r = await run('export', '--db', db, '--format', 'gdelt', out);
  assert.equal(r.code, 0);
  const rows = readFileSync(out, 'utf8').trim().split('\n');
  assert.ok(rows.length >= 10);
  for (const row of rows) assert.equal(row.split('\t').length, 61);
  assert.match(r.err, /events written to .*events\.tsv \(gdelt\)/);
});

test('cli: export to a full disk is one line naming the file and exit 2 (regression: a stack trace)', { skip: existsSync('/dev/full') ? false : 'no /dev/full here' }, async () => {
  await ingested;
  const r = await run('export', '--db', db, '--format', 'jsonl', '/dev/full');
  assert.equal(r.code, 2);
  assert.equal(r.err, 'marsad: /dev/full: cannot write the export (no space left on the device)\n');
});

test('cli: ingest of a path that does not exist is one line and exit 2, with no store made (regression: exit 0)', async () => {
  const store = join(dir, 'never.db');
  const r = await run('ingest', '--quiet', '--db', store, join(dir, 'no-such-folder'));
  assert.equal(r.code, 2);
  assert.equal(r.err, `marsad: ${join(dir, 'no-such-folder')}: no such file or folder\n`);
  assert.ok(!existsSync(store));
});

test('cli: serve on a host name that does not resolve is one line and exit 2 (regression: a stack trace)', async () => {
  const r = await run('serve', '--db', db, '--port', '0', '--host', 'bad..name');
  assert.equal(r.code, 2);
  assert.match(r.err, /^marsad: --host\/--port: cannot listen on bad\.\.name:0 \((ENOTFOUND|EAI_AGAIN): no such host name or address\)\n$/);
});

test('cli: failure reasons and origins are printed with control characters escaped, and kept as they are in the store', async () => {
  const d = mkdtempSync(join(tmpdir(), 'marsad-cli-escape-'));
  const name = join(d, 'evil\u001b[2J\u202e.jsonl');
  writeFileSync(name, '{"text": "استقبل الرئيس السوري في دمشق وزير الخارجية العراقي.", "date": "\\u001b]0;owned\\u0007"}\n');
  const store = join(mkdtempSync(join(tmpdir(), 'marsad-cli-escape-db-')), 'e.db');
  const ingest = await run('ingest', '--quiet', '--jobs', '1', '--db', store, d);
  const stats = await run('stats', '--db', store, '--failures');
  for (const out of [ingest.err, stats.out]) {
    assert.ok(![...out].some((c) => c !== '\n' && /[\p{Cc}\u202a-\u202e]/u.test(c)), out);
    assert.match(out, /evil\\x1B\[2J\\u202E\.jsonl:1/);
  }
  assert.match(ingest.err, /field "date": expected .* \(found "\\x1B\]0;owned\\x07"\)/);
  const s = openStore(store, { readonly: true });
  const stored = (s.db.prepare('SELECT reason FROM failures WHERE origin LIKE ?').get('%jsonl:1') as { reason: string }).reason;
  closeStore(s);
  assert.ok(stored.includes('\u001b]0;owned\u0007'));
});
