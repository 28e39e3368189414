/**
 * Measures the text layer alone — normalization, tokens, sentences: the stages before any
 * dictionary lookup (`src/text/stages.ts`) — on one thread, over a list of documents. A document
 * that throws is counted as a failure with its id and reason, and the run goes on.
 */
import { performance } from 'node:perf_hooks';
import { normalize } from '../text/normalize.js';
import { segmentSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokens.js';

/** A document to measure: its id and text. */
export interface BenchDocument { id: string; text: string }

/** A document the text layer threw on. */
export interface BenchFailure { id: string; reason: string }

/** What one run of the text layer measured. */
export interface TextLayerBench {
  documents: number;
  /** UTF-8 size of the texts, in bytes. */
  bytes: number;
  /** Length of the texts in UTF-16 code units. */
  characters: number;
  tokens: number;
  sentences: number;
  /** Sentences marked as a headline or dateline. */
  datelines: number;
  failures: BenchFailure[];
  /** Wall time of the measured pass, in seconds. */
  seconds: number;
  /** Megabytes (10^6 bytes of UTF-8 text) per second. */
  mbPerSecond: number;
  tokensPerSecond: number;
}

/** Counts of one document. */
export interface TextLayerCounts { tokens: number; sentences: number; datelines: number }

/** The text layer as the default pipeline runs it: normalize, tokenize, segment. */
export function runTextLayer(text: string): TextLayerCounts {
  const tokens = tokenize(normalize(text));
  const sentences = segmentSentences(tokens, text);
  return { tokens: tokens.length, sentences: sentences.length, datelines: sentences.filter((s) => s.dateline).length };
}

/** Options of {@link benchTextLayer}. */
export interface BenchOptions {
  /** Documents run once, untimed, before the measured passes (loads the data tables, warms the JIT); default 50. */
  warmup?: number;
  /** Measured passes over all documents; the fastest is reported (the machine may be shared); default 3. */
  rounds?: number;
  /** The layer to run on each text; default {@link runTextLayer}. */
  layer?: (text: string) => TextLayerCounts;
}

/** One pass over every document: counts, failures, and the wall time spent in the layer (ms). */
function pass(docs: readonly BenchDocument[], layer: (text: string) => TextLayerCounts): { r: TextLayerBench; ms: number } {
  const r: TextLayerBench = { documents: docs.length, bytes: 0, characters: 0, tokens: 0, sentences: 0, datelines: 0, failures: [], seconds: 0, mbPerSecond: 0, tokensPerSecond: 0 };
  let ms = 0;
  for (const d of docs) {
    const started = performance.now();
    try {
      const c = layer(d.text);
      ms += performance.now() - started;
      r.tokens += c.tokens;
      r.sentences += c.sentences;
      r.datelines += c.datelines;
      r.bytes += Buffer.byteLength(d.text, 'utf8');
      r.characters += d.text.length;
    } catch (err) {
      ms += performance.now() - started;
      r.failures.push({ id: d.id, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { r, ms };
}

/**
 * Runs the text layer over every document and measures it.
 *
 * @param docs - the documents, in order
 * @returns counts and failures (id and the error's message) of one pass, and the speed of the
 *   fastest pass: `seconds` of wall time in the layer, MB/s over the UTF-8 size of the documents
 *   that did not fail, tokens/s
 * @example
 * benchTextLayer([{ id: 'a', text: 'وصل الوزير. ثم غادر.' }]).sentences // → 2
 */
export function benchTextLayer(docs: readonly BenchDocument[], options: BenchOptions = {}): TextLayerBench {
  const layer = options.layer ?? runTextLayer;
  for (const d of docs.slice(0, options.warmup ?? 50)) {
    try {
      layer(d.text);
    } catch {
      // counted in the measured passes
    }
  }
  const first = pass(docs, layer);
  let best = first.ms;
  for (let k = 1; k < (options.rounds ?? 3); k++) best = Math.min(best, pass(docs, layer).ms);
  const out = first.r;
  out.seconds = best / 1000;
  out.mbPerSecond = out.seconds > 0 ? out.bytes / 1e6 / out.seconds : 0;
  out.tokensPerSecond = out.seconds > 0 ? out.tokens / out.seconds : 0;
  return out;
}
