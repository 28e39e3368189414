/**
 * Text-layer stages: normalization with the offset map, tokens, sentences.
 */
import type { Stage } from '../pipeline/stage.js';
import { normalize } from './normalize.js';
import { segmentSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** Normalizes the document text, keeping the map back to the original. */
export const normalizeStage: Stage = {
  name: 'normalize',
  requires: [],
  assigns: ['normalized'],
  run(a) {
    a.normalized = normalize(a.doc.text);
  },
};

/** Splits the normalized text into tokens with original spans. */
export const tokenizeStage: Stage = {
  name: 'tokenize',
  requires: ['normalized'],
  assigns: ['tokens'],
  run(a) {
    a.tokens = tokenize(a.normalized!);
  },
};

/** Groups tokens into sentences and marks a leading dateline. */
export const sentenceStage: Stage = {
  name: 'sentences',
  requires: ['tokens'],
  assigns: ['sentences'],
  run(a) {
    a.sentences = segmentSentences(a.tokens!, a.doc.text);
  },
};
