import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PACKAGE_ROOT } from '../data/paths.js';
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
