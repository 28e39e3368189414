/**
 * `marsad ingest PATH…`: documents into the store, with a summary of what was added and what failed.
 */
import { availableParallelism } from 'node:os';
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { InputError } from '../errors.js';
import { DEFAULT_MAX_CHARS } from '../ingest/code-raw.js';
import { ingest } from '../ingest/ingest.js';
import { DEFAULT_STORE, openStore, closeStore } from '../store/store.js';
import { checkOptions, type Io } from './code-command.js';
import { printable } from './format.js';

/** Options of `marsad ingest`. */
export interface IngestCommandOptions {
  db: string;
  jobs?: string;
  date?: string;
  source?: string;
  sourceCountry?: string;
  lang: 'ar' | 'en' | 'auto';
  maxChars: string;
  quiet?: boolean;
  dictionaries?: string;
}

function positiveInt(name: string, v: string): number {
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new InputError(`${name}: expected a whole number of at least 1, found "${v}"`);
  return n;
}

/** Registers `ingest` on the program. */
export function registerIngest(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('code files and folders (.txt .html .jsonl .csv .rss .atom .xml, optionally .gz) into the store; a re-run adds only new documents')
    .argument('<paths...>', 'files and folders (walked recursively)')
    .option('--db <file>', 'SQLite store', DEFAULT_STORE)
    .option('--jobs <n>', `worker threads (default: available cores, ${availableParallelism()} here)`)
    .option('--date <YYYY-MM-DD>', 'publication date for documents that give none')
    .option('--source <name>', 'outlet for documents that name none')
    .option('--source-country <ISO3>', "outlet's home country, ISO 3166-1 alpha-3")
    .addOption(new Option('--lang <lang>', 'language for documents that give none').choices(['ar', 'en', 'auto']).default('auto'))
    .option('--max-chars <n>', 'longest document text accepted (UTF-16 code units)', String(DEFAULT_MAX_CHARS))
    .option('--quiet', 'no progress output')
    .action(async (paths: string[], o: IngestCommandOptions) => setExit(await runIngest(paths, o, io)));
}

/**
 * Runs `marsad ingest`.
 *
 * @returns 0 (bad documents are recorded in the store's failures, not fatal)
 * @throws InputError for a bad option or a path that does not exist; StoreError when the store cannot be opened
 */
export async function runIngest(paths: string[], o: IngestCommandOptions, io: Io): Promise<number> {
  checkOptions({ ...o, format: 'jsonl' });
  const jobs = o.jobs === undefined ? availableParallelism() : positiveInt('--jobs', o.jobs);
  const maxJobs = 4 * availableParallelism();
  if (jobs > maxJobs) throw new InputError(`--jobs: at most ${maxJobs} worker threads (4 per core) make sense here, found ${jobs}`);
  const maxChars = positiveInt('--max-chars', o.maxChars);
  checkPaths(paths);
  const s = await ingest(paths, {
    db: o.db, jobs, quiet: o.quiet,
    defaults: {
      date: o.date, source: o.source, sourceCountry: o.sourceCountry, lang: o.lang === 'auto' ? undefined : o.lang, maxChars,
      dictionaries: o.dictionaries === undefined ? undefined : resolve(o.dictionaries),
    },
  });
  io.out(`run ${s.runId}: ${s.seen} read, ${s.added} new documents, ${s.unchanged} already stored, ${s.skipped} skipped, ${s.failed} failed; `
    + `${s.eventsAdded} new events, ${s.mentionsAdded} mentions; ${s.resolved > 0 ? `${s.resolved} earlier failures resolved; ` : ''}${s.seconds.toFixed(1)} s\n`);
  if (s.failed + s.skipped > 0) reportFailures(o.db, s.runId, io);
  return 0;
}

/**
 * Every path given must exist: a mistyped path is a usage error, not a document that failed (a
 * path that exists but cannot be read is recorded as a failure by the run).
 *
 * @throws InputError naming the first missing path
 */
function checkPaths(paths: readonly string[]): void {
  for (const p of paths) {
    if (p === '') throw new InputError('an empty path was given; expected files and folders to ingest');
    try {
      lstatSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${p}: no such file or folder`);
    }
  }
}

function reportFailures(db: string, runId: number, io: Io): void {
  const store = openStore(db, { readonly: true });
  try {
    const rows = store.db.prepare('SELECT origin, stage, kind, reason FROM failures WHERE last_run = ? ORDER BY id LIMIT 20').all(runId) as Array<{ origin: string; stage: string; kind: string; reason: string }>;
    for (const r of rows) io.err(`marsad: ${printable(r.origin)}: ${r.kind === 'skipped' ? 'skipped' : 'failed'} (${r.stage}): ${printable(r.reason)}\n`);
    const total = (store.db.prepare('SELECT count(*) AS n FROM failures WHERE last_run = ?').get(runId) as { n: number }).n;
    if (total > rows.length) io.err(`marsad: … ${total - rows.length} more; marsad stats --db ${db} --failures lists them all\n`);
  } finally {
    closeStore(store);
  }
}
