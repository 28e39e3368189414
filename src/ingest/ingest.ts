/**
 * `marsad ingest`: read files and folders, code new documents on worker threads (piscina), and
 * store documents, events, mentions and failures. Each coded batch is written in one transaction and
 * documents already stored (same content hash) are skipped, so a re-run adds nothing and a killed
 * run, run again, ends with the same store as an uninterrupted one.
 */
import { statSync } from 'node:fs';
import { Piscina } from 'piscina';
import { closeStore, openStore, type Store } from '../store/store.js';
import { hasSameDocument, resolveFailures, startRun, updateRun, writeBatch, type FailureRecord, type RunCounts } from '../store/write.js';
import { documentIdentity, precheck, type DocumentIdentity, type HashedDocument, type IngestDefaults, type Outcome } from './code-raw.js';
import { listFiles, readFile } from './files.js';
import { createProgress, type Progress } from './progress.js';
import type { WorkerTask } from './worker.js';

/** How to ingest. */
export interface IngestOptions {
  /** The store file. */
  db: string;
  /** Worker threads. */
  jobs: number;
  defaults: IngestDefaults;
  /** No progress output. */
  quiet?: boolean;
  /** Where progress goes (default: standard error). */
  progressStream?: NodeJS.WriteStream;
  /** Documents per worker task. */
  batchSize?: number;
}

/** What a run did. */
export interface IngestSummary extends RunCounts {
  runId: number;
  mentionsAdded: number;
  /** Failures of earlier runs that this run read again without that failure (see resolveFailures). */
  resolved: number;
  seconds: number;
}

/** The state of one run. */
interface Run {
  store: Store;
  runId: number;
  pool: Piscina;
  options: IngestOptions;
  counts: RunCounts & { mentionsAdded: number; bytesDone: number };
  sent: Set<string>;
  batch: HashedDocument[];
  inflight: Set<Promise<void>>;
  progress: Progress;
  /** Earlier failures this run found fixed. */
  resolved: number;
}

/**
 * Ingests files and folders into a store.
 *
 * @param paths - files and folders (walked recursively)
 * @returns the run's counts
 * @throws StoreError when the store cannot be opened; bad documents never throw, they are recorded as failures
 */
export async function ingest(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const store = openStore(options.db);
  const files = [...listFiles(paths)];
  const totalBytes = files.reduce((n, f) => n + ('file' in f ? sizeOf(f.file) : 0), 0);
  const run: Run = {
    store, options, runId: startRun(store, `ingest ${paths.join(' ')}`),
    pool: new Piscina({ filename: new URL('./worker.js', import.meta.url).href, minThreads: options.jobs, maxThreads: options.jobs }),
    counts: { seen: 0, added: 0, unchanged: 0, skipped: 0, failed: 0, eventsAdded: 0, mentionsAdded: 0, bytesDone: 0 },
    sent: new Set(), batch: [], inflight: new Set(), resolved: 0,
    progress: createProgress(totalBytes, options.progressStream ?? process.stderr, options.quiet ?? false),
  };
  try {
    for (const f of files) {
      if ('failure' in f) {
        if (f.failure.kind === 'failure') {
          run.counts.seen++;
          recordFailures(run, [f.failure.failure]);
        }
        continue;
      }
      const before = run.counts.bytesDone;
      await readOne(run, f.file);
      run.counts.bytesDone = before + sizeOf(f.file);
    }
    await flush(run);
    await Promise.all(run.inflight);
    run.resolved = resolveFailures(store, run.runId, paths);
    updateRun(store, run.runId, run.counts, true);
  } finally {
    run.progress.stop(progressCounts(run));
    await run.pool.destroy();
    closeStore(store);
  }
  const c = run.counts;
  return {
    runId: run.runId, seen: c.seen, added: c.added, unchanged: c.unchanged, skipped: c.skipped, failed: c.failed,
    eventsAdded: c.eventsAdded, mentionsAdded: c.mentionsAdded, resolved: run.resolved, seconds: (Date.now() - started) / 1000,
  };
}

/** The text with each lone surrogate replaced by U+FFFD (one code unit for one, so offsets keep). */
function wellFormed(s: string | undefined): string | undefined {
  return s?.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

async function readOne(run: Run, file: string): Promise<void> {
  for (const item of readFile(file)) {
    run.counts.seen++;
    run.counts.bytesDone += item.bytes ?? 0;
    if (item.kind === 'failure') {
      recordFailures(run, [item.failure]);
      continue;
    }
    // a lone surrogate cannot be stored as UTF-8 (SQLite would widen it and shift every span after it)
    const raw = { ...item.doc, text: wellFormed(item.doc.text), html: wellFormed(item.doc.html) };
    const early = precheck(raw, run.options.defaults.maxChars);
    if (early) {
      recordFailures(run, [early]);
      continue;
    }
    const id = documentIdentity(raw, run.options.defaults);
    if (sentBefore(run.sent, id) || hasSameDocument(run.store, id)) {
      run.counts.unchanged++;
      continue;
    }
    run.sent.add(id.hash).add(`body:${id.bodyHash}`);
    run.batch.push({ ...raw, hash: id.hash, bodyHash: id.bodyHash });
    if (run.batch.length >= (run.options.batchSize ?? 8)) await flush(run);
  }
}

/** True when this run has already sent the same document (the rule of {@link hasSameDocument}). */
function sentBefore(sent: ReadonlySet<string>, id: DocumentIdentity): boolean {
  return sent.has(id.hash) || sent.has(id.noSourceHash) || (!id.hasSource && sent.has(`body:${id.bodyHash}`));
}

async function flush(run: Run): Promise<void> {
  if (run.batch.length === 0) return;
  const docs = run.batch;
  run.batch = [];
  const task = code(run, docs).then((outcomes) => store(run, outcomes));
  const tracked: Promise<void> = task.finally(() => run.inflight.delete(tracked));
  run.inflight.add(tracked);
  while (run.inflight.size >= run.options.jobs * 2) await Promise.race(run.inflight);
}

/** Codes documents on the pool; when a whole task fails (a crashed worker), each document is retried alone. */
async function code(run: Run, docs: HashedDocument[]): Promise<Outcome[]> {
  const task = (d: HashedDocument[]): Promise<Outcome[]> => run.pool.run({ docs: d, defaults: run.options.defaults } satisfies WorkerTask) as Promise<Outcome[]>;
  try {
    return await task(docs);
  } catch (err) {
    if (docs.length === 1) return [{ ok: false, failure: { origin: docs[0]!.origin, stage: 'code', kind: 'failed', reason: `worker failed: ${(err as Error).message}` } }];
    return (await Promise.all(docs.map((d) => code(run, [d])))).flat();
  }
}

function store(run: Run, outcomes: Outcome[]): void {
  const docs = outcomes.flatMap((o) => (o.ok ? [o.doc] : []));
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.failure]));
  const r = writeBatch(run.store, run.runId, docs, failures);
  countFailures(run, failures);
  run.counts.added += r.added;
  run.counts.unchanged += r.unchanged;
  run.counts.eventsAdded += r.eventsAdded;
  run.counts.mentionsAdded += r.mentionsAdded;
  updateRun(run.store, run.runId, run.counts, false);
  run.progress.update(progressCounts(run));
}

function recordFailures(run: Run, failures: FailureRecord[]): void {
  writeBatch(run.store, run.runId, [], failures);
  countFailures(run, failures);
}

function countFailures(run: Run, failures: readonly FailureRecord[]): void {
  for (const f of failures) {
    if (f.kind === 'skipped') run.counts.skipped++;
    else run.counts.failed++;
  }
}

function progressCounts(run: Run): { documents: number; events: number; failures: number; bytesDone: number } {
  const c = run.counts;
  return { documents: c.added + c.unchanged, events: c.eventsAdded, failures: c.failed + c.skipped, bytesDone: c.bytesDone };
}
