/**
 * `marsad events`, `marsad stats` and `marsad export`: querying the store.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { InputError } from '../errors.js';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../export/export.js';
import { FLAT_COLUMNS, flatEvent } from '../export/flat.js';
import { parseFilter, type EventFilter } from '../store/filters.js';
import { countFlagged, EVENT_SORTS, queryEvents, type EventSort } from '../store/query.js';
import { storeStats, type StoreStats } from '../store/stats.js';
import { closeStore, DEFAULT_STORE, openStore, type Store } from '../store/store.js';
import { stringify } from 'csv-stringify/sync';
import type { Io } from './code-command.js';
import { alignedTable, printable } from './format.js';
import { fsReason } from './io.js';

/** Filter flags as commander gives them. */
interface FilterFlags { db: string; actor?: string; recipient?: string; event?: string; quadClass?: string; from?: string; to?: string; text?: string; flagged?: boolean }

function filterOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite store', DEFAULT_STORE)
    .option('--actor <code>', 'actor ISO3[:SECTOR] (SYR, SYR:GOV) or organisation code (UN)')
    .option('--recipient <code>', 'recipient, same form as --actor')
    .option('--event <type>', 'PLOVER event type (CONSULT, ASSAULT, …)')
    .option('--quad-class <n>', 'QuadClass 1–4')
    .option('--from <YYYY-MM-DD>', 'first event date')
    .option('--to <YYYY-MM-DD>', 'last event date')
    .option('--text <query>', 'words that the reporting documents contain (word* for a prefix)')
    .option('--flagged', 'include negated, future and hypothetical events');
}

function filterOf(o: FilterFlags): EventFilter {
  return parseFilter({ actor: o.actor, recipient: o.recipient, event: o.event, quadClass: o.quadClass, from: o.from, to: o.to, text: o.text, flagged: o.flagged }, 'flag');
}

function withStore<T>(file: string, fn: (store: Store) => T): T {
  const store = openStore(file, { readonly: true });
  try {
    return fn(store);
  } finally {
    closeStore(store);
  }
}

function count(name: string, v: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new InputError(`${name}: expected a whole number of at least ${min}, found "${v}"`);
  return n;
}

/** Registers `events`, `stats` and `export` on the program. */
export function registerStoreCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  filterOptions(program.command('events').description('list stored events (cross-document, with mention counts)'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl', 'csv']).default('table'))
    .option('--limit <n>', 'events to list', '100')
    .option('--offset <n>', 'events to skip', '0')
    .addOption(new Option('--sort <order>', 'order').choices([...EVENT_SORTS]).default('date'))
    .action((o: FilterFlags & { format: string; limit: string; offset: string; sort: EventSort }) => setExit(runEvents(o, io)));
  filterOptions(program.command('stats').description('counts per day and per dyad, Goldstein sums, QuadClass and event-type totals, failures'))
    .option('--json', 'print one JSON object')
    .option('--dyads <n>', 'dyads to list', '20')
    .option('--failures', 'list every outstanding failure (not since resolved by a run that read its input again)')
    .action((o: FilterFlags & { json?: boolean; dyads: string; failures?: boolean }) => setExit(runStats(o, io)));
  filterOptions(program.command('export').description('write events as PLOVER JSON Lines, a GDELT 2.0 event table, CSV or JSON Lines'))
    .argument('<out>', 'output file, or - for standard output')
    .addOption(new Option('--format <format>', 'export format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .action((out: string, o: FilterFlags & { format: ExportFormat }) => setExit(runExport(out, o, io)));
}

/** Runs `marsad events`. */
export function runEvents(o: FilterFlags & { format: string; limit: string; offset: string; sort: EventSort }, io: Io): number {
  const filter = filterOf(o);
  const page = { limit: count('--limit', o.limit, 1), offset: count('--offset', o.offset, 0), sort: o.sort };
  return withStore(o.db, (store) => {
    const { total, events } = queryEvents(store, filter, page);
    const flat = events.map(flatEvent);
    if (o.format === 'jsonl') io.out(events.map((e) => `${JSON.stringify(e)}\n`).join(''));
    else if (o.format === 'csv') io.out(stringify([[...FLAT_COLUMNS], ...flat.map((r) => FLAT_COLUMNS.map((c) => r[c]))]));
    else {
      const cols = ['id', 'date', 'event', 'cameo', 'actor', 'recipient', 'place', 'goldstein', 'mentions', 'sources', 'auxiliary'] as const;
      io.out(alignedTable(cols, flat.map((r) => cols.map((c) => String(r[c] ?? '')))));
      const flagged = countFlagged(store, filter);
      io.out(`${events.length} of ${total} events${flagged > 0 ? `; ${flagged} negated, future or hypothetical left out (--flagged shows them)` : ''}\n`);
    }
    return 0;
  });
}

function statsText(s: StoreStats): string {
  const out = [`${s.documents} documents, ${s.events} events (${s.mentions} mentions), ${s.flagged} flagged left out; failures: ${s.failures.failed} failed, ${s.failures.skipped} skipped${s.failures.resolved > 0 ? ` (${s.failures.resolved} earlier ones since resolved)` : ''}`, ''];
  out.push(alignedTable(['event', 'events', 'goldstein'], s.byEvent.map((r) => [r.event, String(r.events), String(r.goldstein)])));
  out.push(alignedTable(['quad class', 'events', 'goldstein'], s.byQuadClass.map((r) => [String(r.quadClass), String(r.events), String(r.goldstein)])));
  out.push(alignedTable(['actor', 'recipient', 'events', 'goldstein', 'mean'], s.byDyad.map((r) => [r.actor, r.recipient, String(r.events), String(r.goldstein), String(r.meanGoldstein)])));
  out.push(alignedTable(['date', 'events', 'goldstein', 'q1', 'q2', 'q3', 'q4'], s.byDay.map((r) => [r.date, String(r.events), String(r.goldstein), ...r.quad.map(String)])));
  if (s.failures.byStage.length > 0) out.push(alignedTable(['stage', 'kind', 'count'], s.failures.byStage.map((r) => [r.stage, r.kind, String(r.count)])));
  return out.join('\n');
}

/** Runs `marsad stats`. */
export function runStats(o: FilterFlags & { json?: boolean; dyads: string; failures?: boolean }, io: Io): number {
  const filter = filterOf(o);
  const dyads = count('--dyads', o.dyads, 1);
  return withStore(o.db, (store) => {
    const s = storeStats(store, filter, dyads);
    io.out(o.json ? `${JSON.stringify(s)}\n` : statsText(s));
    if (o.failures) {
      const rows = store.db.prepare('SELECT origin, stage, kind, reason FROM failures WHERE resolved_run IS NULL ORDER BY id').all() as Array<Record<string, string>>;
      io.out(alignedTable(['origin', 'stage', 'kind', 'reason'], rows.map((r) => [printable(r.origin!), r.stage!, r.kind!, printable(r.reason!)])));
    }
    return 0;
  });
}

/** Runs `marsad export`. */
export function runExport(out: string, o: FilterFlags & { format: ExportFormat }, io: Io): number {
  const filter = filterOf(o);
  return withStore(o.db, (store) => {
    if (out === '-') {
      exportEvents(store, o.format, filter, io.out);
      return 0;
    }
    const cannot = (err: unknown): InputError => new InputError(`${out}: cannot write the export (${fsReason(err)})`);
    let fd: number;
    try {
      fd = openSync(out, 'w');
    } catch (err) {
      throw cannot(err);
    }
    try {
      const n = exportEvents(store, o.format, filter, (chunk) => {
        try {
          writeSync(fd, chunk);
        } catch (err) {
          throw cannot(err);
        }
      });
      io.err(`marsad: ${n} events written to ${out} (${o.format})\n`);
    } finally {
      closeSync(fd);
    }
    return 0;
  });
}
