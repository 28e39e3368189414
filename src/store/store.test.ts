import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Actor, MarsadEvent } from '../model/event.js';
import { exportEvents } from '../export/export.js';
import { GDELT_COLUMNS } from '../export/gdelt.js';
import { eventKey } from './event-key.js';
import { parseFilter } from './filters.js';
import { countFlagged, eventMentions, getDocument, queryEvents } from './query.js';
import { storeStats } from './stats.js';
import { MIGRATIONS } from './migrations.js';
import { closeStore, openStore, type Store } from './store.js';
import { startRun, writeBatch, type CodedDocument } from './write.js';

const actor = (country: string, sector: string | null = 'GOV', org: string | null = null): Actor =>
  ({ country, sector, org, name: null, role: null, spans: [{ start: 0, end: 4 }], sources: [] });

function event(id: string, over: Partial<MarsadEvent>): MarsadEvent {
  return {
    id, docId: id.split(':')[0]!, event: 'CONSULT', mode: null, contexts: [], cameo: '040', quadClass: 1, goldstein: 1,
    actor: [actor('SYR')], recipient: [actor('BLR')], symmetric: false, location: null, date: '2025-03-02', dateSource: 'publication',
    auxiliary: [], sentence: 0, trigger: { start: 5, end: 10 }, triggerText: 'التقى', ruleId: 'ar.consult.meet', evidence: [], ...over,
  };
}

function doc(hash: string, text: string, events: MarsadEvent[], source = 'sana'): CodedDocument {
  return { hash, bodyHash: `body-${hash}`, extId: hash, origin: `${hash}.txt`, lang: 'ar', publishedAt: '2025-03-02', source, sourceCountry: 'SYR', url: `https://example.org/${hash}`, title: null, text, searchText: text, sentences: 1, tokens: 5, events };
}

function fixtureStore(): Store {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'marsad-store-')), 's.db'));
  const run = startRun(store, 'test');
  writeBatch(store, run, [
    doc('d1', 'التقى وزير الخارجيه السوري نظيره البيلاروسي', [
      event('d1:1', { symmetric: true }),
      event('d1:2', { event: 'ASSAULT', cameo: '190', quadClass: 4, goldstein: -10, actor: [actor('ISR', 'MIL')], recipient: [actor('SYR', null)], date: '2025-03-03' }),
    ]),
    doc('d2', 'وزير الخارجيه البيلاروسي يلتقي نظيره السوري', [event('d2:1', { actor: [actor('BLR')], recipient: [actor('SYR')], symmetric: true })], 'belta'),
    doc('d3', 'نفت الامم المتحده انها ستزور دمشق', [event('d3:1', { event: 'CONSULT', actor: [actor('IGO', 'IGO', 'UN')], recipient: [actor('SYR')], auxiliary: ['negated'] })]),
  ], [{ origin: 'bad.txt', stage: 'read', kind: 'failed', reason: 'not valid UTF-8 text' }]);
  return store;
}

test('store: a symmetric event has one key whichever side is named first', () => {
  const a = event('x:1', { symmetric: true });
  const b = event('x:2', { symmetric: true, actor: [actor('BLR')], recipient: [actor('SYR')] });
  assert.equal(eventKey(a, 'h1'), eventKey(b, 'h2'));
  assert.notEqual(eventKey(event('x:3', {}), 'h1'), eventKey(event('x:4', { actor: [actor('BLR')], recipient: [actor('SYR')] }), 'h1'));
  assert.notEqual(eventKey(event('x:5', { date: null }), 'h1'), eventKey(event('x:6', { date: null }), 'h2'), 'undated events of two documents stay apart');
});

test('store: a document already stored is not written twice', () => {
  const store = fixtureStore();
  const r = writeBatch(store, startRun(store, 'again'), [doc('d1', 'التقى', [event('d1:1', {})])], []);
  assert.deepEqual(r, { added: 0, unchanged: 1, eventsAdded: 0, mentionsAdded: 0 });
});

test('store: reports of one event in two documents are one event with two mentions', () => {
  const store = fixtureStore();
  const { events } = queryEvents(store, parseFilter({ event: 'CONSULT' }));
  assert.equal(events.length, 1);
  assert.equal(events[0]!.numMentions, 2);
  assert.equal(events[0]!.numSources, 2);
  assert.deepEqual(eventMentions(store, events[0]!.id).map((m) => m.documentExtId), ['d1', 'd2']);
});

test('store: filters by actor code, sector, organisation, dates and flags', () => {
  const store = fixtureStore();
  const ids = (raw: Record<string, unknown>): string[] => queryEvents(store, parseFilter(raw)).events.map((e) => `${e.event}:${e.date}`);
  assert.deepEqual(ids({ actor: 'ISR:MIL' }), ['ASSAULT:2025-03-03']);
  assert.deepEqual(ids({ actor: 'ISR:GOV' }), []);
  assert.deepEqual(ids({ recipient: 'SYR' }), ['CONSULT:2025-03-02', 'ASSAULT:2025-03-03']);
  assert.deepEqual(ids({ from: '2025-03-03' }), ['ASSAULT:2025-03-03']);
  assert.deepEqual(ids({ actor: 'UN' }), []);
  assert.deepEqual(ids({ actor: 'UN', flagged: 'true' }), ['CONSULT:2025-03-02']);
  assert.equal(countFlagged(store, parseFilter({})), 1);
  assert.deepEqual(ids({ quadClass: '4' }), ['ASSAULT:2025-03-03']);
});

test('store: full-text search matches the normalized form of an Arabic query', () => {
  const store = fixtureStore();
  assert.deepEqual(queryEvents(store, parseFilter({ text: 'الخارجيّة البيلاروسيِّ' })).events.map((e) => e.event), ['CONSULT', 'ASSAULT']);
  assert.deepEqual(queryEvents(store, parseFilter({ text: 'يلتقي' })).events.map((e) => e.event), ['CONSULT']);
  assert.equal(queryEvents(store, parseFilter({ text: 'يلت*' })).total, 1);
  assert.equal(queryEvents(store, parseFilter({ text: 'موسكو' })).total, 0);
  assert.equal(queryEvents(store, parseFilter({ text: 'OR AND "' })).total, 0);
});

test('store: statistics per day and per dyad leave flagged events out', () => {
  const s = storeStats(fixtureStore(), {});
  assert.equal(s.events, 2);
  assert.equal(s.flagged, 1);
  assert.deepEqual(s.byDay.map((d) => [d.date, d.events, d.quad]), [['2025-03-02', 1, [1, 0, 0, 0]], ['2025-03-03', 1, [0, 0, 0, 1]]]);
  assert.deepEqual(s.byDyad.map((d) => `${d.actor}>${d.recipient}`).sort(), ['ISR:MIL>SYR', 'SYR:GOV>BLR:GOV']);
  assert.deepEqual(s.failures, { failed: 1, skipped: 0, resolved: 0, byStage: [{ stage: 'read', kind: 'failed', count: 1 }] });
});

test('store: a document comes back with its text', () => {
  const store = fixtureStore();
  assert.equal(getDocument(store, 1)?.text, 'التقى وزير الخارجيه السوري نظيره البيلاروسي');
  assert.equal(getDocument(store, 99), null);
});

test('export: GDELT rows have the 61 columns in order', () => {
  let out = '';
  const n = exportEvents(fixtureStore(), 'gdelt', parseFilter({ flagged: true }), (c) => (out += c));
  const rows = out.trim().split('\n').map((l) => l.split('\t'));
  assert.equal(n, 3);
  assert.equal(GDELT_COLUMNS.length, 61);
  for (const r of rows) assert.equal(r.length, 61);
  const consult = rows.find((r) => r[26] === '040')!;
  assert.deepEqual([consult[1], consult[2], consult[3], consult[5], consult[7], consult[12], consult[17], consult[29], consult[31], consult[32]],
    ['20250302', '202503', '2025', 'SYRGOV', 'SYR', 'GOV', 'BLR', '1', '2', '2']);
  assert.equal(consult[60], 'https://example.org/d1');
  const un = rows.find((r) => r[5]?.startsWith('IGO'))!;
  assert.equal(un[5], 'IGOUNIGO');
  assert.equal(un[7], '');
  assert.equal(un[8], 'UN');
});

test('export: PLOVER records carry id, date, actor and recipient lists, event and evidence', () => {
  let out = '';
  exportEvents(fixtureStore(), 'plover', {}, (c) => (out += c));
  const records = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const consult = records.find((r) => (r.event as string[])[0] === 'CONSULT')!;
  assert.equal(consult.date, '2025-03-02');
  assert.deepEqual((consult.actor as Array<{ code: string }>).map((a) => a.code), ['SYR']);
  assert.deepEqual(consult.event_text, ['التقى', 'التقى']);
  assert.equal(consult.quad_code, 1);
});

test('export: CSV has a header and a row per event', () => {
  let out = '';
  exportEvents(fixtureStore(), 'csv', {}, (c) => (out += c));
  const lines = out.trim().split('\n');
  assert.match(lines[0]!, /^id,date,event,mode,cameo,quad_class,goldstein,actor,recipient,/);
  assert.equal(lines.length, 3);
});

test('filters: bad values name the flag or parameter and what was expected', () => {
  assert.throws(() => parseFilter({ event: 'MEET' }), /--event: expected one of AGREE, CONSULT/);
  assert.throws(() => parseFilter({ actor: 'SYR:XXX' }), /--actor: expected a PLOVER sector/);
  assert.throws(() => parseFilter({ actor: 'XYZ' }), /--actor: expected an ISO 3166-1 alpha-3/);
  assert.throws(() => parseFilter({ from: '2025-02-30' }, 'param'), /marsad: from: expected a date YYYY-MM-DD/);
  assert.throws(() => parseFilter({ quadClass: '5' }), /--quad-class: expected one of 1, 2, 3, 4/);
  assert.throws(() => parseFilter({ from: '2025-03-05', to: '2025-03-01' }), /--from: 2025-03-05 is after --to 2025-03-01/);
});

test('store: a store in a read-only folder without its -shm file is read (regression: it could not be opened)', async () => {
  const d = mkdtempSync(join(tmpdir(), 'marsad-ro-'));
  const file = join(d, 'ro.db');
  const store = fixtureStore();
  await store.db.backup(file);
  closeStore(store);
  const w = openStore(file); // WAL mode, then closed: no -wal or -shm left
  closeStore(w);
  for (const f of [`${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  chmodSync(file, 0o644);
  chmodSync(d, 0o555);
  try {
    // root ignores permissions: read as nobody then
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const script = `import { openStore } from ${JSON.stringify(new URL('./store.js', import.meta.url).href)};
      const s = openStore(${JSON.stringify(file)}, { readonly: true });
      console.log(s.db.prepare('SELECT count(*) AS n FROM documents').get().n);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: tmpdir(), ...asUser });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout.trim(), '3');
    assert.deepEqual(readdirSync(d), ['ro.db']);
  } finally {
    chmodSync(d, 0o755);
  }
});

test('store: a read-only open of an older schema upgrades a writable store first (regression: queries refused it)', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'marsad-store-')), 'old.db');
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!.sql);
  old.pragma(`user_version = ${MIGRATIONS[0]!.version}`);
  old.close();
  const store = openStore(file, { readonly: true });
  const version = store.db.pragma('user_version', { simple: true });
  closeStore(store);
  assert.equal(version, MIGRATIONS[MIGRATIONS.length - 1]!.version);
});
