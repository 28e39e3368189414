/**
 * `npm run bench:text [-- [--json] [--rounds N] [CORPUS.jsonl]]`: the text layer alone (normalize,
 * tokenize, sentences) on one thread, the fastest of N passes (default 3), over a JSON Lines corpus, one `{id, text, …}` a line; by default
 * `../shared/corpus/bench/saudinewsnet-3000.jsonl` beside the package. Prints MB/s, tokens/s and the
 * sentence, token and failure counts (`--json`: one object). A line that is not a document, or a
 * document the layer throws on, is a failure with its id (or line) and reason; the run goes on.
 * Exit code: 0, 1 when there were failures, 2 when the corpus cannot be read.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readLines } from '../src/cli/io.js';
import { PACKAGE_ROOT } from '../src/data/paths.js';
import { MarsadError } from '../src/errors.js';
import { benchTextLayer, type BenchDocument, type BenchFailure, type TextLayerBench } from '../src/bench/text-layer.js';

const DEFAULT_CORPUS = join(PACKAGE_ROOT, '..', 'shared', 'corpus', 'bench', 'saudinewsnet-3000.jsonl');

/** Reads the corpus; lines that are no document become failures. */
function readCorpus(file: string): { docs: BenchDocument[]; bad: BenchFailure[] } {
  const docs: BenchDocument[] = [];
  const bad: BenchFailure[] = [];
  for (const { line, text } of readLines(file)) {
    if (text !== null && text.trim() === '') continue;
    const where = `line ${line}`;
    if (text === null) {
      bad.push({ id: where, reason: 'not valid UTF-8 text' });
      continue;
    }
    try {
      const d = JSON.parse(text) as { id?: unknown; text?: unknown };
      if (typeof d.text !== 'string') throw new Error('field "text": expected a string');
      docs.push({ id: typeof d.id === 'string' || typeof d.id === 'number' ? String(d.id) : where, text: d.text });
    } catch (err) {
      bad.push({ id: where, reason: (err as Error).message.slice(0, 200) });
    }
  }
  return { docs, bad };
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

function report(file: string, r: TextLayerBench, rounds: number): string {
  const lines = [
    `text layer (normalize, tokens, sentences), one thread, node ${process.version}: ${file}`,
    `documents  ${int(r.documents)}   failures ${r.failures.length}`,
    `text       ${(r.bytes / 1e6).toFixed(2)} MB UTF-8, ${int(r.characters)} UTF-16 units`,
    `tokens     ${int(r.tokens)}`,
    `sentences  ${int(r.sentences)} (datelines ${int(r.datelines)})`,
    `time       ${r.seconds.toFixed(3)} s (fastest of ${rounds} passes)   ${r.mbPerSecond.toFixed(2)} MB/s   ${int(r.tokensPerSecond)} tokens/s`,
    ...r.failures.map((f) => `failure    ${f.id}: ${f.reason}`),
  ];
  return lines.join('\n') + '\n';
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false }, rounds: { type: 'string', default: '3' } }, allowPositionals: true });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write(`marsad: bench:text: --rounds: expected a whole number of passes ≥ 1, found "${values.rounds}"\n`);
    return 2;
  }
  const file = positionals[0] ?? DEFAULT_CORPUS;
  let corpus: ReturnType<typeof readCorpus>;
  try {
    corpus = readCorpus(file);
  } catch (err) {
    if (!(err instanceof MarsadError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  const r = benchTextLayer(corpus.docs, { rounds });
  r.documents += corpus.bad.length;
  r.failures = [...corpus.bad, ...r.failures];
  process.stdout.write(values.json ? JSON.stringify({ corpus: file, node: process.version, rounds, ...r }) + '\n' : report(file, r, rounds));
  return r.failures.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
