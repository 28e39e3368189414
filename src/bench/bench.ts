/**
 * `npm run bench [-- --json] [-- CORPUS]`: speed of the coder alone (one thread) and of `ingest`
 * end to end (all threads) on a JSON Lines corpus (default: the shared 3,000-article SaudiNewsNet
 * sample), and the CLI's start-up time. A measuring script, not a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { analyzeDocument } from '../coder.js';
import { PACKAGE_ROOT } from '../data/paths.js';
import { DEFAULT_MAX_CHARS } from '../ingest/code-raw.js';
import { ingest } from '../ingest/ingest.js';
import { loadResources } from '../resources.js';
import { benchTextLayer } from './text-layer.js';

/** The default corpus, relative to the package root. */
export const DEFAULT_CORPUS = join('..', 'shared', 'corpus', 'bench', 'saudinewsnet-3000.jsonl');

/** The bench's result object (`--json`). */
export interface BenchResult {
  documents: number; sentences: number; bytes: number; events: number; startupMs: number;
  /**
   * The coder alone on this thread: rates by wall-clock time (`seconds`), and by the CPU time the
   * process spent (`cpuSeconds`, user + system of every thread, the garbage collector's helpers
   * included): on a quiet machine the second rate is below the first, on a busy one it is the
   * steadier of the two.
   */
  coder: { sentencesPerSec: number; mbPerSec: number; documentsPerSec: number; peakRssMb: number; seconds: number; cpuSeconds: number; sentencesPerCpuSec: number };
  /** The 1-minute load average when the coder pass ended (os.loadavg; 0 where the platform has none). */
  loadAverage: number;
  ingest: { documentsPerSec: number; jobs: number; seconds: number; failures: number };
  /** The text layer alone (normalize, tokens, sentences), one thread, fastest of 3 passes. */
  textLayer: { mbPerSec: number; tokensPerSec: number; tokens: number; failures: number };
}

interface CorpusDoc { id: string; text: string; date?: string; source?: string; lang?: 'ar' | 'en' }

function readCorpus(file: string): CorpusDoc[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    const d = JSON.parse(l) as Partial<CorpusDoc>;
    if (typeof d.text !== 'string') throw new Error(`${file}:${i + 1}: no "text" field`);
    return { id: String(d.id ?? i + 1), text: d.text, date: d.date, source: d.source, lang: d.lang === 'en' ? 'en' : d.lang === 'ar' ? 'ar' : undefined };
  });
}

function startupMs(): number {
  const bin = join(PACKAGE_ROOT, 'bin', 'marsad.js');
  const t = performance.now();
  const r = spawnSync(process.execPath, [bin, 'code', '-', '--date', '2025-01-01'], { input: 'التقى وزير الخارجية السوري نظيره البيلاروسي في مينسك.', encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`marsad code failed: ${r.stderr}`);
  return Math.round(performance.now() - t);
}

function benchCoder(docs: readonly CorpusDoc[]): Pick<BenchResult, 'sentences' | 'events' | 'bytes' | 'coder' | 'loadAverage'> {
  loadResources();
  analyzeDocument({ id: 'warm-up', text: 'التقى وزير الخارجية نظيره.' });
  let sentences = 0;
  let events = 0;
  let bytes = 0;
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (const d of docs) {
    const a = analyzeDocument({ id: d.id, text: d.text, publishedAt: d.date?.slice(0, 10), source: d.source, lang: d.lang });
    sentences += a.sentences?.length ?? 0;
    events += a.events?.length ?? 0;
    bytes += Buffer.byteLength(d.text);
  }
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    sentences, events, bytes, loadAverage: +(loadavg()[0] ?? 0).toFixed(2),
    coder: {
      sentencesPerSec: Math.round(sentences / seconds), mbPerSec: +(bytes / 1e6 / seconds).toFixed(2), documentsPerSec: Math.round(docs.length / seconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), seconds: +seconds.toFixed(2),
      cpuSeconds: +cpuSeconds.toFixed(2), sentencesPerCpuSec: Math.round(sentences / cpuSeconds),
    },
  };
}

async function benchIngest(corpus: string, jobs: number): Promise<BenchResult['ingest']> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  try {
    const s = await ingest([corpus], { db: join(dir, 'bench.db'), jobs, quiet: true, defaults: { maxChars: DEFAULT_MAX_CHARS } });
    return { documentsPerSec: Math.round((s.added + s.unchanged) / s.seconds), jobs, seconds: +s.seconds.toFixed(2), failures: s.failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the benchmark on a corpus. */
export async function bench(corpus: string, jobs: number): Promise<BenchResult> {
  const docs = readCorpus(corpus);
  const start = startupMs();
  const text = benchTextLayer(docs);
  const coded = benchCoder(docs);
  const ing = await benchIngest(corpus, jobs);
  return {
    documents: docs.length, sentences: coded.sentences, bytes: coded.bytes, events: coded.events, startupMs: start, coder: coded.coder, loadAverage: coded.loadAverage, ingest: ing,
    textLayer: { mbPerSec: +text.mbPerSecond.toFixed(2), tokensPerSec: Math.round(text.tokensPerSecond), tokens: text.tokens, failures: text.failures.length },
  };
}

function report(r: BenchResult): string {
  return [
    `corpus: ${r.documents} documents, ${r.sentences} sentences, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.events} events`,
    `start-up (marsad code on one sentence, new process): ${r.startupMs} ms`,
    `text layer alone, one thread: ${r.textLayer.mbPerSec} MB/s, ${r.textLayer.tokensPerSec} tokens/s (${r.textLayer.tokens} tokens, ${r.textLayer.failures} failures)`,
    `coder, one thread: ${r.coder.sentencesPerSec} sentences/s, ${r.coder.documentsPerSec} documents/s, ${r.coder.mbPerSec} MB/s (${r.coder.seconds} s), peak RSS ${r.coder.peakRssMb} MB`,
    `  by CPU time: ${r.coder.sentencesPerCpuSec} sentences per CPU-second (${r.coder.cpuSeconds} s); load average ${r.loadAverage} on ${availableParallelism()} cores`,
    `ingest end to end, ${r.ingest.jobs} threads: ${r.ingest.documentsPerSec} documents/s (${r.ingest.seconds} s, ${r.ingest.failures} failures)`,
  ].join('\n') + '\n';
}

const program = new Command('bench')
  .argument('[corpus]', 'JSON Lines corpus {id, text, date?, source?, lang?}', join(PACKAGE_ROOT, DEFAULT_CORPUS))
  .option('--json', 'print one JSON object')
  .option('--jobs <n>', 'ingest threads', String(availableParallelism()))
  .action(async (corpus: string, o: { json?: boolean; jobs: string }) => {
    const r = await bench(resolve(corpus), Math.max(1, Number(o.jobs) || 1));
    process.stdout.write(o.json ? `${JSON.stringify(r)}\n` : report(r));
  });
await program.parseAsync(process.argv);
