import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCsv } from './csv.js';

test('csv: a record spanning lines is named by its first line, also when malformed or after blank lines', () => {
  const csv = 'id,text\n1,"first line\nsecond line\nthird line"\n\n2,plain\n3,"bad",extra\n4,"multi\nline"\n5,"x\ny",z\n';
  const items = [...readCsv(Buffer.from(csv), 'r.csv')];
  const origins = items.map((i) => (i.kind === 'document' ? `${i.doc.origin} ${i.doc.id}` : `${i.failure.origin} failed`));
  assert.deepEqual(origins.sort(), ['r.csv:2 1', 'r.csv:6 2', 'r.csv:7 failed', 'r.csv:8 4', 'r.csv:10 failed'].sort());
});

test('csv: a spreadsheet saved as UTF-16 with a byte-order mark is read, and the outlet\'s country column is taken', () => {
  const csv = 'text,source,source_country\r\n"استقبل الرئيس السوري الوزير",sana,SYR\r\n';
  const items = [...readCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]), 'u.csv')];
  assert.equal(items.length, 1);
  assert.ok(items[0]!.kind === 'document');
  assert.deepEqual({ ...items[0]!.doc }, { origin: 'u.csv:2', text: 'استقبل الرئيس السوري الوزير', source: 'sana', sourceCountry: 'SYR' });
});
