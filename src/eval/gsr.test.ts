import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Actor, MarsadEvent } from '../model/event.js';
import { consensus, readGsrCsv, readGsrSpans } from './gsr.js';
import { memoCoder, scoreDetection, scoreGsrFolder, scoreSpans, type SentenceCoder } from './gsr-score.js';

// Fixtures written for these tests (invented sentences); nothing is taken from the upstream files.
const dir = mkdtempSync(join(tmpdir(), 'marsad-gsr-'));
const HEADER = ',accept,event_type,id,label,reject,text,total';

function csv(name: string, ...rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [HEADER, ...rows].join('\n') + '\n');
  return path;
}

function actor(country: string | null, sector: string | null): Actor {
  return { country, sector, org: null, name: null, role: null, spans: [], sources: [] };
}

function event(type: MarsadEvent['event'], a: Actor[], r: Actor[], aux: MarsadEvent['auxiliary'] = []): MarsadEvent {
  return {
    id: 'e', docId: 'd', event: type, mode: null, contexts: [], cameo: '140', quadClass: 3, goldstein: -6.5, actor: a, recipient: r,
    symmetric: false, location: null, date: null, dateSource: null, auxiliary: aux, sentence: 0, trigger: { start: 0, end: 1 },
    triggerText: 'x', ruleId: 'r', evidence: [],
  };
}

test('gsr: a detection CSV is read with quoted fields, commas and line numbers', () => {
  const f = csv('protest_gsr.csv',
    '0,3,PROTEST,p1,yes,0,"تظاهر طلاب في المدينة، وهتفوا ""للحرية"".",3',
    '1,0,PROTEST,p2,easy no,3,افتتح الوزير معرضا للكتاب.,3',
    '2,1,PROTEST,p3,ambiguous,1,قيل إن جمعا احتشد.,2');
  const rows = readGsrCsv(f);
  assert.equal(rows.length, 3);
  assert.deepEqual(rows.map((r) => [r.line, r.id, r.label]), [[2, 'p1', 'yes'], [3, 'p2', 'easy no'], [4, 'p3', 'ambiguous']]);
  assert.equal(rows[0]?.text, 'تظاهر طلاب في المدينة، وهتفوا "للحرية".');
  assert.equal(rows[0]?.event, 'PROTEST');
});

test('gsr: a bad label, event type or missing column is named with file and line', () => {
  assert.throws(() => readGsrCsv(csv('bad-label.csv', '0,1,PROTEST,p1,maybe,0,نص,1')), /bad-label\.csv:2: field "label": expected one of yes, easy no, difficult no, ambiguous \(found "maybe"\)/);
  assert.throws(() => readGsrCsv(csv('bad-type.csv', '0,1,RIOT,p1,yes,0,نص,1')), /bad-type\.csv:2: field "event_type": expected one of AGREE.*\(found "RIOT"\)/);
  const noText = join(dir, 'no-text.csv');
  writeFileSync(noText, 'event_type,id,label\nPROTEST,p1,yes\n');
  assert.throws(() => readGsrCsv(noText), /no-text\.csv:1: no column "text" in the header/);
  const broken = join(dir, 'broken.csv');
  writeFileSync(broken, `${HEADER}\n0,1,PROTEST,p1,yes,0,"open quote,1\n`);
  assert.throws(() => readGsrCsv(broken), /broken\.csv(:\d+)?: invalid CSV/);
  assert.throws(() => readGsrCsv(csv('empty.csv')), /empty\.csv: holds no sentence/);
});

test('gsr: consensus is the value most annotators named, when at least half named it', () => {
  assert.deepEqual(consensus(['IRQ', 'IRQ', null]), ['IRQ']);
  assert.equal(consensus(['IRQ', null, null]), null);
  assert.deepEqual(consensus(['IRQ', 'SYR']), ['IRQ', 'SYR']);
  assert.equal(consensus([]), null);
});

test('gsr: span records reduce each side to the annotators\' consensus; None and UNKNOWN name nothing', () => {
  const f = join(dir, 'assault_spans.json');
  const span = (src: unknown, tgt: unknown) => ({ source_actor: [], verb: [], target_actor: [], source_role: src, target_role: tgt });
  writeFileSync(f, JSON.stringify([{
    _id: 'r1', source: 'invented', text: 'قصفت طائرات أرغونية قرية في غوندور.', event_type: 'ASSAULT', source_gold: '', verb_gold: '', target_gold: '',
    spans: [span({ main: 'ARG', role: 'MIL' }, { main: 'GON', role: 'CVL' }), span({ main: 'ARG', role: 'None' }, 'UNKNOWN'), span({}, { main: 'None', role: 'CVL' })],
  }]));
  const [r] = readGsrSpans(f);
  assert.equal(r?.annotators, 3);
  assert.deepEqual(r?.source, { country: ['ARG'], sector: null });
  assert.deepEqual(r?.target, { country: null, sector: ['CVL'] });
});

test('gsr: a malformed span record is named with file, position, id and field', () => {
  const f = join(dir, 'bad_spans.json');
  writeFileSync(f, JSON.stringify([{ _id: 'x9', text: 'نص', event_type: 'FIGHT', spans: [{}] }]));
  assert.throws(() => readGsrSpans(f), /bad_spans\.json: record 1 \(_id "x9"\): field "event_type": expected one of/);
  writeFileSync(f, '{"not": "an array"}');
  assert.throws(() => readGsrSpans(f), /bad_spans\.json: expected a JSON array/);
});

test('gsr: detection counts yes as positive, both no labels as negative, leaves ambiguous out, and ignores flagged events', () => {
  const f = csv('count_gsr.csv',
    '0,3,PROTEST,a,yes,0,S1,3', '1,3,PROTEST,b,yes,0,S2,3', '2,0,PROTEST,c,easy no,3,S3,3',
    '3,1,PROTEST,d,difficult no,2,S4,3', '4,0,PROTEST,e,easy no,3,S5,3', '5,1,PROTEST,f,ambiguous,1,S1,2');
  const coded: Record<string, MarsadEvent[]> = {
    S1: [event('PROTEST', [actor('ARG', 'CVL')], [actor('ARG', 'GOV')])],
    S2: [event('PROTEST', [actor('ARG', 'CVL')], [actor('ARG', 'GOV')], ['negated'])],
    S3: [event('ASSAULT', [actor('ARG', 'MIL')], [actor('GON', null)])],
    S4: [event('PROTEST', [actor('GON', 'CVL')], [actor('GON', 'GOV')])],
    S5: [],
  };
  const [s] = scoreDetection('count_gsr.csv', readGsrCsv(f), (t) => coded[t] ?? []);
  assert.deepEqual(s?.counts, { tp: 1, fp: 1, fn: 1, tn: 2, fpEasy: 0, fpDifficult: 1, ambiguous: 1 });
  assert.equal(s?.precision, 0.5);
  assert.equal(s?.recall, 0.5);
});

test('gsr: agreement compares the best-agreeing coded event with the consensus, side by side', () => {
  const records = [
    { index: 0, id: 'a', event: 'ASSAULT' as const, text: 'T1', annotators: 3, source: { country: ['ARG'], sector: ['MIL'] }, target: { country: null, sector: ['CVL'] } },
    { index: 1, id: 'b', event: 'ASSAULT' as const, text: 'T2', annotators: 3, source: { country: ['ARG'], sector: null }, target: { country: ['GON'], sector: null } },
  ];
  const coded: Record<string, MarsadEvent[]> = {
    T1: [event('ASSAULT', [actor('GON', 'REB')], [actor('ARG', 'GOV')]), event('ASSAULT', [actor('ARG', 'REB')], [actor('GON', 'CVL')])],
    T2: [],
  };
  const [s] = scoreSpans('x_spans.json', records, (t) => coded[t] ?? []);
  assert.equal(s?.records, 2);
  assert.equal(s?.detected, 1);
  assert.deepEqual([s?.actorCountry, s?.actorSector, s?.recipientCountry, s?.recipientSector],
    [{ agree: 1, total: 1 }, { agree: 0, total: 1 }, { agree: 0, total: 0 }, { agree: 1, total: 1 }]);
});

test('gsr: a memoised coder codes each text once', () => {
  let calls = 0;
  const code: SentenceCoder = memoCoder(() => {
    calls++;
    return [];
  });
  code('نص');
  code('نص');
  assert.equal(calls, 1);
});

test('gsr: a folder is scored with the real coder; a missing folder gives null', () => {
  const folder = join(dir, 'folder');
  mkdirSync(folder);
  writeFileSync(join(folder, 'protest_gsr.csv'), `${HEADER}\n0,3,PROTEST,p1,yes,0,تظاهر آلاف المغاربة في الرباط احتجاجاً على غلاء الأسعار.,3\n1,0,PROTEST,p2,easy no,3,افتتح وزير الثقافة المغربي معرضا للكتاب في الرباط.,3\n`);
  const report = scoreGsrFolder(folder);
  assert.ok(report);
  assert.deepEqual(report.detection.map((d) => [d.event, d.counts.tp, d.counts.fp, d.counts.tn]), [['PROTEST', 1, 0, 1]]);
  assert.equal(report.overall.f1, 1);
  assert.equal(scoreGsrFolder(join(dir, 'nowhere')), null);
});
