/* eslint-disable @typescript-eslint/no-explicit-any -- the tests read JSON response bodies */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { PACKAGE_ROOT } from '../data/paths.js';
import { ingest } from '../ingest/ingest.js';
import { DEFAULT_MAX_CHARS } from '../ingest/code-raw.js';
import { startServer, type RunningServer } from './serve.js';

let server: RunningServer;

before(async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'marsad-api-')), 'api.db');
  await ingest([join(PACKAGE_ROOT, 'test', 'fixtures', 'ingest'), join(PACKAGE_ROOT, 'examples')], { db, jobs: 1, quiet: true, defaults: { maxChars: DEFAULT_MAX_CHARS } });
  server = await startServer({ db, port: 0, host: '127.0.0.1', log: () => undefined });
});

after(async () => {
  await server.close();
});

async function get(path: string): Promise<{ status: number; body: any }> {
  const r = await fetch(`${server.url}${path}`);
  return { status: r.status, body: await r.json() };
}

/** A POST with node:http, which reads a response the server sends before it has read the whole body (fetch reports that as a network error). */
function rawPost(path: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err)));
    req.end(body);
  });
}

test('api: the server binds to localhost', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
});

test('api: GET /api/events filters, pages and sorts', async () => {
  const all = await get('/api/events?limit=500');
  assert.equal(all.status, 200);
  assert.equal(all.body.total, all.body.events.length);
  const page = await get('/api/events?limit=2&offset=1&sort=-date');
  assert.equal(page.body.events.length, 2);
  assert.equal(page.body.total, all.body.total);
  const consult = await get('/api/events?event=CONSULT&actor=JOR:GOV');
  assert.ok(consult.body.events.length >= 1);
  for (const e of consult.body.events) assert.equal(e.event, 'CONSULT');
  const dated = await get('/api/events?from=2025-03-05&to=2025-03-05');
  for (const e of dated.body.events) assert.equal(e.date, '2025-03-05');
});

test('api: a bad parameter is a 400 with a code and a message naming it', async () => {
  const r = await get('/api/events?quadClass=7');
  assert.equal(r.status, 400);
  assert.equal(r.body.error.code, 'E_INPUT_INVALID');
  assert.match(r.body.error.message, /^quadClass: expected one of 1, 2, 3, 4/);
  assert.equal((await get('/api/events?from=2025-13-01')).status, 400);
  assert.equal((await get('/api/events?limit=0')).status, 400);
});

test('api: GET /api/events/:id gives the event with its mentions; unknown ids are 404', async () => {
  const list = await get('/api/events?limit=1');
  const id = list.body.events[0].id;
  const r = await get(`/api/events/${id}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.event.id, id);
  assert.ok(r.body.mentions.length >= 1);
  assert.ok(r.body.mentions[0].record.trigger.end > r.body.mentions[0].record.trigger.start);
  const missing = await get('/api/events/999999');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'E_NOT_FOUND');
});

test('api: GET /api/documents/:id gives the text and spans that point into it', async () => {
  const list = await get('/api/events?actor=KWT:GOV');
  const docId = list.body.events[0].firstDocumentId;
  const r = await get(`/api/documents/${docId}`);
  assert.equal(r.status, 200);
  const text: string = r.body.document.text;
  const m = r.body.mentions.find((x: any) => x.record.event === 'ACCUSE');
  assert.equal(text.slice(m.record.trigger.start, m.record.trigger.end), 'أدانت');
  const span = m.record.actor[0].spans[0];
  assert.equal(text.slice(span.start, span.end), 'الكويت');
});

test('api: actors, dyads, timeline and places aggregate the events', async () => {
  const actors = await get('/api/actors');
  assert.ok(actors.body.actors.some((a: any) => a.code === 'JOR:GOV' && a.asActor >= 1));
  const dyads = await get('/api/dyads');
  const d = dyads.body.dyads.find((x: any) => x.actor === 'JOR:GOV');
  assert.ok(d && d.series.length >= 1 && typeof d.meanGoldstein === 'number');
  const timeline = await get('/api/stats/timeline');
  assert.ok(timeline.body.days.every((x: any) => x.quad.length === 4 && x.events === x.quad.reduce((a: number, b: number) => a + b, 0)));
  const places = await get('/api/places');
  assert.ok(places.body.places.some((p: any) => p.name === 'Amman'));
});

test('api: GET /api/search finds documents by normalized words', async () => {
  const r = await get(`/api/search?q=${encodeURIComponent('الكويتُ')}`);
  assert.equal(r.status, 200);
  assert.ok(r.body.total >= 1);
  assert.match(r.body.documents[0].snippet, /\[الكويت\]/);
  assert.equal((await get('/api/search?q=')).status, 400);
});

test('api: POST /api/code codes a text without storing it', async () => {
  const before = await get('/api/meta');
  const r = await fetch(`${server.url}/api/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'أدانت قطر الهجوم الإسرائيلي على غزة.', date: '2025-03-01' }) });
  assert.equal(r.status, 200);
  const body = (await r.json()) as any;
  assert.equal(body.events[0].event, 'ACCUSE');
  assert.equal(body.events[0].actor[0].country, 'QAT');
  assert.equal((await get('/api/meta')).body.events, before.body.events);
});

test('api: POST /api/code refuses a body over 1 MB with 413 and bad JSON with 400', async () => {
  const big = await rawPost('/api/code', JSON.stringify({ text: 'ب'.repeat(600_000) }));
  assert.equal(big.status, 413);
  assert.equal(JSON.parse(big.body).error.code, 'E_PAYLOAD_TOO_LARGE');
  const bad = await fetch(`${server.url}/api/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' });
  assert.equal(bad.status, 400);
  const date = await fetch(`${server.url}/api/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'نص', date: '2025-02-30' }) });
  assert.equal(date.status, 400);
  assert.match(((await date.json()) as any).error.message, /date/);
});

test('api: the OpenAPI description lists every endpoint', async () => {
  const r = await get('/api/openapi.json');
  assert.equal(r.status, 200);
  assert.equal(r.body.openapi, '3.1.0');
  for (const p of ['/api/events', '/api/events/{id}', '/api/documents/{id}', '/api/actors', '/api/dyads', '/api/stats/timeline', '/api/places', '/api/search', '/api/code', '/api/meta']) {
    assert.ok(r.body.paths[p], `missing ${p}`);
  }
});

test('api: an unknown route is a JSON 404', async () => {
  const r = await get('/api/nope');
  assert.equal(r.status, 404);
  assert.equal(r.body.error.code, 'E_NOT_FOUND');
});

/** A GET with a Host header of our choosing, on a fresh connection (a kept-alive socket the server has closed gives EPIPE). */
function rawGet(path: string, host: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers: { host }, agent: false }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('api: a long text is coded off the event loop: a small GET sent while it is coded answers first', async () => {
  const text = 'التقى وزير الخارجية الأردني في عمان نظيره العراقي وبحث معه العلاقات الثنائية. '.repeat(1500);
  const order: string[] = [];
  const post = fetch(`${server.url}/api/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })
    .then(async (r) => {
      order.push('code');
      return { status: r.status, body: (await r.json()) as any };
    });
  await new Promise((resolve) => setTimeout(resolve, 300)); // the server has the body and is coding it
  const small = await get('/api/events?limit=1');
  order.push('events');
  const coded = await post;
  assert.equal(small.status, 200);
  assert.equal(coded.status, 200);
  assert.ok(coded.body.events.length >= 1);
  assert.deepEqual(order, ['events', 'code']);
});

test('api: repeated query parameters are refused naming the parameter', async () => {
  const r = await get('/api/events?event=CONSULT&event=MEET');
  assert.equal(r.status, 400);
  assert.equal(r.body.error.message, 'event: given 2 times, expected one value (each parameter takes one value)');
});

test('api: ids, limits and offsets are decimal digits only (regression: /api/events/0x10 was event 16)', async () => {
  for (const path of ['/api/events/0x10', '/api/events/1e1', '/api/events/%2016', '/api/events/16.0', '/api/events/-1', '/api/documents/0x1']) {
    const r = await get(path);
    assert.equal(r.status, 400, path);
    assert.match(r.body.error.message, /^id: expected a whole number of at least 1, in decimal digits \(found/, path);
  }
  assert.match((await get('/api/events?limit=0x10')).body.error.message, /^limit: expected a whole number from 1 to 500, in decimal digits/);
  assert.equal((await get('/api/events?offset=00')).status, 200);
});

test('api: a request whose Host is not this machine is refused (DNS rebinding); loopback names with any port pass', async () => {
  const port = new URL(server.url).port;
  const evil = await rawGet('/api/meta', `rebind.example:${port}`);
  assert.equal(evil.status, 403);
  assert.equal(evil.body.error.code, 'E_FORBIDDEN');
  assert.match(evil.body.error.message, /^Host "rebind\.example:\d+" is not this server's name \(expected localhost, 127\.0\.0\.1, \[::1\]/);
  assert.equal((await rawGet('/', 'rebind.example')).status, 403);
  for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST:5173']) assert.equal((await rawGet('/api/meta', host)).status, 200, host);
});
