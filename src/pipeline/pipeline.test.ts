import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PipelineError } from '../errors.js';
import { DEFAULT_STAGES } from './default.js';
import { buildPipeline } from './pipeline.js';
import type { Stage } from './stage.js';

const noop = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({ name, requires, assigns, run: () => undefined });

test('pipeline: the default pipeline builds and lists its stages in order', () => {
  const p = buildPipeline(DEFAULT_STAGES);
  assert.deepEqual(p.stages.map((s) => s.name), ['normalize', 'tokenize', 'sentences', 'cues', 'triggers', 'mentions', 'actors', 'dates', 'code']);
});

test('pipeline: a stage whose requirement nothing earlier assigns fails at build time, naming it', () => {
  assert.throws(() => buildPipeline([noop('tokenize', ['normalized'], ['tokens'])]), (err: unknown) =>
    err instanceof PipelineError && /stage "tokenize" requires "normalized"/.test(err.message));
});

test('pipeline: reordering the default stages is caught', () => {
  const reordered = [...DEFAULT_STAGES].reverse();
  assert.throws(() => buildPipeline(reordered), PipelineError);
});

test('pipeline: duplicate stage names are refused', () => {
  assert.throws(() => buildPipeline([noop('a', [], []), noop('a', [], [])]), /duplicate stage "a"/);
});

test('pipeline: the built pipeline is frozen', () => {
  const p = buildPipeline([noop('a', [], ['tokens'])]);
  assert.ok(Object.isFrozen(p.stages));
});
