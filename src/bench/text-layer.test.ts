import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchTextLayer, runTextLayer } from './text-layer.js';

const DOCS = [
  { id: 'a', text: 'عين اليوم – الرياض\nوصل الوزير. ثم غادر.' },
  { id: 'b', text: 'Talks ended. Did they agree?' },
];

test('bench: counts tokens, sentences and datelines of every document', () => {
  const r = benchTextLayer(DOCS);
  assert.equal(r.documents, 2);
  assert.equal(r.tokens, DOCS.reduce((n, d) => n + runTextLayer(d.text).tokens, 0));
  assert.equal(r.sentences, 5);
  assert.equal(r.datelines, 1);
  assert.equal(r.bytes, DOCS.reduce((n, d) => n + Buffer.byteLength(d.text), 0));
  assert.deepEqual(r.failures, []);
  assert.ok(r.seconds >= 0 && r.mbPerSecond >= 0 && r.tokensPerSecond >= 0);
});

test('bench: a document that throws is a failure with its id and reason, and the run goes on', () => {
  const layer = (text: string) => {
    if (text.startsWith('Talks')) throw new Error('boom');
    return runTextLayer(text);
  };
  const r = benchTextLayer(DOCS, { layer, warmup: 0 });
  assert.deepEqual(r.failures, [{ id: 'b', reason: 'boom' }]);
  assert.equal(r.sentences, 3);
});
