import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
const article = join(dir, 'a.txt');
writeFileSync(article, 'أدانت الكويت الهجوم الإيراني على ناقلة النفط.');

test('cli: code prints one JSON event per line', async () => {
  const r = await run('code', article, '--date', '2025-01-20');
  assert.equal(r.code, 0);
  const events = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(events[0].event, 'ACCUSE');
  assert.equal(events[0].docId, 'a');
});

test('cli: table format aligns a header and one row per event', async () => {
  const r = await run('code', article, '--date', '2025-01-20', '--format', 'table');
  assert.equal(r.code, 0);
  assert.match(r.out.split('\n')[0] ?? '', /^#\s+event\s+cameo\s+actor\s+recipient/);
  assert.match(r.out, /ACCUSE.*KWT GOV\s+IRN/);
});

test('cli: json format wraps the events of the document', async () => {
  const r = await run('code', article, '--format', 'json');
  assert.equal(JSON.parse(r.out).docId, 'a');
});

test('cli: an unknown flag exits 2', async () => {
  const r = await run('code', article, '--colour');
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown option '--colour'/);
});

test('cli: a missing file exits 2 and names it', async () => {
  const r = await run('code', join(dir, 'nope.txt'));
  assert.equal(r.code, 2);
  assert.match(r.err, /nope\.txt: cannot read input \(no such file\)/);
});

test('cli: a bad date exits 2 and says what was expected', async () => {
  const r = await run('code', article, '--date', '2025-02-30');
  assert.equal(r.code, 2);
  assert.match(r.err, /--date: expected a calendar date YYYY-MM-DD, found "2025-02-30"/);
});

test('cli: a bad --lang choice exits 2', async () => {
  const r = await run('code', article, '--lang', 'fr');
  assert.equal(r.code, 2);
  assert.match(r.err, /Allowed choices are ar, en, auto/);
});

test('cli: invalid UTF-8 input exits 2', async () => {
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, Buffer.from([0xff, 0xfe, 0xfd]));
  const r = await run('code', bad);
  assert.equal(r.code, 2);
  assert.match(r.err, /not valid UTF-8/);
});

test('cli: --jsonl reports a bad line on stderr with its number and codes the rest', async () => {
  const batch = join(dir, 'batch.jsonl');
  writeFileSync(batch, [
    JSON.stringify({ id: 'd1', text: 'أدانت الكويت الهجوم الإيراني.', date: '2025-01-20' }),
    '{not json',
    JSON.stringify({ id: 'd3', text: 'رحبت السعودية بالاتفاق اليمني.', date: '2025-13-01' }),
    JSON.stringify({ id: 'd4', text: 'رحبت السعودية بالاتفاق اليمني.' }),
  ].join('\n'));
  const r = await run('code', '--jsonl', batch);
  assert.equal(r.code, 2);
  assert.match(r.err, /batch\.jsonl:2: invalid JSON/);
  assert.match(r.err, /batch\.jsonl:3: .*"date" must be a calendar date/);
  const docs = r.out.trim().split('\n').map((l) => JSON.parse(l).docId);
  assert.deepEqual([...new Set(docs)], ['d1', 'd4']);
});

test('cli: --jsonl with a missing field names the field', async () => {
  const batch = join(dir, 'missing.jsonl');
  writeFileSync(batch, JSON.stringify({ id: 'x' }));
  const r = await run('code', '--jsonl', batch);
  assert.match(r.err, /missing\.jsonl:1: field "text"/);
});

test('cli: eval without a shared folder says so plainly', async () => {
  const r = await run('eval', '--shared', join(dir, 'no-shared'));
  assert.equal(r.code, 0);
  assert.match(r.out, /no gold files to score/);
});

test('cli: eval scores a gold file and lists misses', async () => {
  const gold = join(dir, 'gold.jsonl');
  writeFileSync(gold, JSON.stringify({
    id: 'g1', lang: 'ar', date: '2025-01-20', text: 'أدانت الكويت الهجوم الإيراني.',
    events: [{ event: 'ACCUSE', actor: { country: 'KWT' }, recipient: { country: 'IRN' }, required: true },
      { event: 'SANCTION', actor: { country: 'KWT' }, recipient: { country: 'IRN' }, required: true }],
  }));
  const r = await run('eval', gold, '--json');
  const report = JSON.parse(r.out);
  assert.equal(report.total.tp, 1);
  assert.equal(report.total.fn, 1);
  assert.equal(report.total.recall, 0.5);
});

test('cli: eval --dev scores a folder of held-out gold files in sections and a total of their own', async () => {
  const devDir = join(dir, 'dev');
  mkdirSync(devDir, { recursive: true });
  writeFileSync(join(devDir, 'x-dev.jsonl'), JSON.stringify({
    id: 'd1', lang: 'ar', date: '2025-01-20', category: ['accuse'], text: 'أدانت الكويت الهجوم الإيراني.',
    events: [{ event: 'ACCUSE', actor: { country: 'KWT' }, recipient: { country: 'IRN' }, required: true }],
  }));
  const gold = join(dir, 'gold-beside-dev.jsonl');
  writeFileSync(gold, JSON.stringify({
    id: 'g2', lang: 'ar', date: '2025-01-20', text: 'أدانت الكويت الهجوم الإيراني.',
    events: [{ event: 'SANCTION', actor: { country: 'KWT' }, recipient: { country: 'IRN' }, required: true }],
  }));
  const text = await run('eval', gold, '--dev', devDir);
  assert.equal(text.code, 0);
  assert.match(text.out, new RegExp(`== ${join(devDir, 'x-dev.jsonl').replace(/[.\\]/g, '\\$&')}`));
  assert.match(text.out, /DEV TOTAL \(micro, .*\) +P 100\.0 +R 100\.0/);
  assert.match(text.out, /category accuse/);
  const json = JSON.parse((await run('eval', gold, '--dev', devDir, '--json')).out);
  assert.equal(json.total.tp, 0, 'the dev files are not added to TOTAL');
  assert.equal(json.total.fn, 1);
  assert.equal(json.dev.total.tp, 1);
  assert.equal(json.dev.files.length, 1);
  const missing = await run('eval', gold, '--dev', join(dir, 'no-dev'));
  assert.equal(missing.code, 0);
  assert.match(missing.out, /dev folder .*no-dev does not exist; skipped/);
});

test('cli: the example article is coded end to end', async () => {
  const r = await run('code', join(PACKAGE_ROOT, 'examples', 'amman-talks.ar.txt'), '--date', '2025-03-02');
  assert.equal(r.code, 0);
  const events = r.out.trim().split('\n').map((l) => JSON.parse(l));
  const has = (event: string, a: string, b: string) => events.some((e) => e.event === event && e.actor[0]?.country === a && e.recipient[0]?.country === b);
  assert.ok(has('CONSULT', 'JOR', 'IRQ'));
  assert.ok(has('SUPPORT', 'JOR', 'IRQ'));
  assert.ok(has('ACCUSE', 'JOR', 'ISR'));
  assert.ok(has('REQUEST', 'JOR', 'ISR'));
  const meeting = events.find((e) => e.event === 'CONSULT' && e.actor[0]?.country === 'JOR');
  assert.equal(meeting.location?.name, 'Amman');
  assert.equal(meeting.date, '2025-03-02');
  assert.ok(meeting.evidence.length >= 2, 'the meeting reported twice is one event');
  assert.ok(events.some((e) => e.event === 'CONSULT' && e.auxiliary.includes('negated')));
  for (const e of events) assert.ok(e.trigger.end > e.trigger.start && e.ruleId, 'every event has evidence');
});

test('cli: offsets count from the first character of a file with a byte-order mark', async () => {
  const bom = join(dir, 'bom.txt');
  const text = '\uFEFFأدانت الكويت الهجوم الإيراني.';
  writeFileSync(bom, text);
  const r = await run('code', bom, '--date', '2025-01-20');
  const e = JSON.parse(r.out.trim().split('\n')[0] ?? '{}');
  assert.equal(text.slice(e.trigger.start, e.trigger.end), 'أدانت');
});

test('cli: an unknown or ambiguous outlet is reported on stderr', async () => {
  assert.match((await run('code', article, '--source', 'Unknown Gazette')).err, /not in the outlet table/);
  assert.match((await run('code', article, '--source', 'الوطن')).err, /several outlets of different countries/);
  assert.equal((await run('code', article, '--source', 'SANA')).err, '');
});

test('cli: --jsonl refuses a duplicate id and an unknown field, naming them', async () => {
  const batch = join(dir, 'dups.jsonl');
  writeFileSync(batch, [JSON.stringify({ id: 'a', text: 'نص' }), JSON.stringify({ id: 'a', text: 'نص' }), JSON.stringify({ id: 'b', text: 'نص', source_country: 'SYR' })].join('\n'));
  const r = await run('code', '--jsonl', batch);
  assert.match(r.err, /dups\.jsonl:2: field "id": duplicate id "a" \(first on line 1\)/);
  assert.match(r.err, /dups\.jsonl:3: field "source_country"/);
});

test('cli: eval scores the Arabic PROTEST/ASSAULT records under --shared, in text and JSON, unless --no-gsr', async () => {
  const shared = join(dir, 'shared-gsr');
  const folder = join(shared, 'reference', 'arabic', 'arabic_event_gsr');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'protest_gsr.csv'), ',accept,event_type,id,label,reject,text,total\n0,3,PROTEST,p1,yes,0,تظاهر آلاف المغاربة في الرباط احتجاجاً على غلاء الأسعار.,3\n');
  writeFileSync(join(folder, 'protest_spans.json'), JSON.stringify([{ _id: 's1', text: 'تظاهر آلاف المغاربة في الرباط احتجاجاً على غلاء الأسعار.', event_type: 'PROTEST',
    spans: [{ source_role: { main: 'MAR', role: 'CVL' }, target_role: { main: 'MAR', role: 'GOV' } }] }]));
  const text = await run('eval', '--shared', shared);
  assert.equal(text.code, 0);
  assert.match(text.out, /protest_gsr\.csv PROTEST\s+P 100\.0\s+R 100\.0\s+F1 100\.0/);
  assert.match(text.out, /protest_spans\.json PROTEST\s+coded 1\/1\s+actor country 1\/1 sector 1\/1\s+recipient country 1\/1 sector 1\/1/);
  const json = JSON.parse((await run('eval', '--shared', shared, '--json')).out);
  assert.equal(json.gsr.detection[0].counts.tp, 1);
  assert.equal(json.gsr.spans[0].detected, 1);
  assert.equal(json.total, null);
  assert.match((await run('eval', '--shared', shared, '--no-gsr')).out, /no gold files to score/);
});

test('cli: eval --json with nothing to score still prints JSON', async () => {
  const r = await run('eval', '--json', '--shared', join(dir, 'none'));
  assert.deepEqual(JSON.parse(r.out).files, []);
});

test('cli: --jsonl with one line of invalid UTF-8 loses that line only', async () => {
  const batch = join(dir, 'badutf8.jsonl');
  const good = (id: string) => Buffer.from(JSON.stringify({ id, text: 'أدانت الكويت الهجوم الإيراني.' }) + '\n');
  writeFileSync(batch, Buffer.concat([good('g1'), Buffer.from('{"id":"x","text":"\xff\xfe"}\n', 'latin1'), good('g3')]));
  const r = await run('code', '--jsonl', batch);
  assert.equal(r.code, 2);
  assert.match(r.err, /badutf8\.jsonl:2: not valid UTF-8 text/);
  assert.deepEqual([...new Set(r.out.trim().split('\n').map((l) => JSON.parse(l).docId))], ['g1', 'g3']);
});

test('cli: eval names the gold file and line of a bad record, and says what was expected', async () => {
  const badDate = join(dir, 'bad-date.jsonl');
  writeFileSync(badDate, JSON.stringify({ id: 'r', date: '2025-02-30', text: 'x', events: [] }));
  const r1 = await run('eval', badDate);
  assert.equal(r1.code, 2);
  assert.match(r1.err, /bad-date\.jsonl:1: field "date"/);
  const badType = join(dir, 'bad-type.jsonl');
  writeFileSync(badType, JSON.stringify({ id: 'r', text: 'x', events: [{ event: 'MEET' }] }));
  assert.match((await run('eval', badType)).err, /bad-type\.jsonl:1: field "events\.0\.event": .*AGREE, CONSULT.*\(found "MEET"\)/);
  const empty = join(dir, 'empty.jsonl');
  writeFileSync(empty, '');
  assert.match((await run('eval', empty)).err, /empty\.jsonl: holds no gold records/);
});

test('cli: closing the output pipe early ends the program quietly', async () => {
  const { spawn } = await import('node:child_process');
  const batch = join(dir, 'many.jsonl');
  writeFileSync(batch, Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `d${i}`, text: 'أدانت الكويت الهجوم الإيراني. رحبت السعودية بالاتفاق اليمني.' })).join('\n'));
  const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'marsad.js'), 'code', '--jsonl', batch]);
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  assert.doesNotMatch(err, /EPIPE|Error/);
});

test('cli: explain shows each sentence, what was recognised and why each trigger was or was not coded', async () => {
  const file = join(dir, 'explain.txt');
  writeFileSync(file, 'لم يلتقِ وزير الخارجية القطري نظيره الإيراني. أدانت الكويت الهجوم الإيراني.');
  const r = await run('explain', file, '--date', '2025-01-20');
  assert.equal(r.code, 0);
  assert.match(r.out, /\[0\] لم يلتقِ/);
  assert.match(r.out, /tokens: لم يلتق وزير الخارجيه/);
  assert.match(r.out, /actor: «وزير الخارجية القطري» → QAT GOV/);
  assert.match(r.out, /cues: negation «لم»/);
  assert.match(r.out, /trigger «يلتقِ» \[ar\.consult\.meet\]: coded CONSULT 040 .*flagged negated/);
  assert.match(r.out, /trigger «الهجوم» \[[^\]]*ar\.assault\.attack-noun\]: not coded \(.*\): no recipient/);
  assert.match(r.out, /2 events after merging/);
});

test('cli: explain names the event type a trigger is coded as names the type coded (regression: an intent read "coded CONSULT 036")', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
  const file = join(dir, 'intent.txt');
  writeFileSync(file, 'قال وزير الخارجية الأردني إنه سيلتقي نظيره المصري الأسبوع المقبل في القاهرة.');
  const r = await run('explain', file, '--date', '2025-01-20');
  assert.equal(r.code, 0);
  assert.match(r.out, /\[ar\.consult\.meet\]: coded AGREE 036/);
});

test('cli: a JSONL line nested 100,000 deep is a bad line, not a crash', async () => {
  const deep = join(dir, 'deep.jsonl');
  writeFileSync(deep, `${'['.repeat(100_000)}${']'.repeat(100_000)}\n${JSON.stringify({ id: 'ok', text: 'أدانت الكويت الهجوم الإيراني.' })}`);
  const r = await run('code', '--jsonl', deep);
  assert.equal(r.code, 2);
  assert.match(r.err, /deep\.jsonl:1: /);
  assert.match(r.out, /"docId":"ok"/);
});
