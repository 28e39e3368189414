/**
 * `marsad code`: code one document, or many in `--jsonl` mode, and print the events.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import { codeDocument } from '../coder.js';
import { parseIsoDate } from '../dates/calendar.js';
import { describeIssue } from '../data/issues.js';
import { InputError, MarsadError } from '../errors.js';
import type { DocumentInput, Lang } from '../model/document.js';
import { DEFAULT_PIPELINE } from '../pipeline/default.js';
import { findOutlet } from '../resources.js';
import { type DictionaryOptions, resourcesFor } from './dictionaries-option.js';
import { formatJsonl, formatTable } from './format.js';
import { inputName, readInput, readLines } from './io.js';

/** Options of `marsad code`. */
export interface CodeOptions extends DictionaryOptions {
  date?: string;
  source?: string;
  sourceCountry?: string;
  lang: 'ar' | 'en' | 'auto';
  format: 'jsonl' | 'json' | 'table';
  jsonl?: boolean;
}

/** Streams the command writes to. */
export interface Io { out: (s: string) => void; err: (s: string) => void }

const batchLine = z.strictObject({
  id: z.union([z.string().min(1), z.number()], { error: 'expected a non-empty string or a number' }).transform(String),
  text: z.string(),
  date: z.string().optional(),
  lang: z.enum(['ar', 'en', 'auto']).optional(),
  source: z.string().optional(),
  sourceCountry: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
});

/** The fields a batch line may have, for messages. */
export const BATCH_FIELDS = '{id, text, date?, lang?, source?, sourceCountry?, url?, title?}';

/** Checks the option values shared by `code` and `explain`. */
export function checkOptions(o: CodeOptions): void {
  if (o.date !== undefined && !parseIsoDate(o.date)) throw new InputError(`--date: expected a calendar date YYYY-MM-DD, found "${o.date}"`);
  if (o.sourceCountry !== undefined && !resourcesFor(o).countryCodes.has(o.sourceCountry)) {
    throw new InputError(`--source-country: expected an ISO 3166-1 alpha-3 code such as SYR, found "${o.sourceCountry}"`);
  }
}

/** The language option as the coder takes it (auto = detect). */
export function langOf(o: CodeOptions): Lang | undefined {
  return o.lang === 'auto' ? undefined : o.lang;
}

/** Warns on standard error when `--source` names no known outlet, or several of different countries. */
export function warnOutlet(o: CodeOptions, io: Io): void {
  if (!o.source || o.sourceCountry) return;
  const m = findOutlet(resourcesFor(o), o.source);
  if (m.status === 'unknown') io.err(`marsad: --source "${o.source}": not in the outlet table (data/sources/outlets.tsv); unqualified titles keep no country (use --source-country)\n`);
  if (m.status === 'ambiguous') io.err(`marsad: --source "${o.source}": several outlets of different countries (${m.countries.join(', ')}) have this name; use --source-country\n`);
}

function codeOne(file: string | undefined, o: CodeOptions, io: Io): number {
  warnOutlet(o, io);
  const text = readInput(file);
  const id = !file || file === '-' ? 'stdin' : basename(file).replace(/\.[^.]+$/, '');
  const doc: DocumentInput = { id, text, lang: langOf(o), publishedAt: o.date, source: o.source, sourceCountry: o.sourceCountry };
  const events = codeDocument(doc, DEFAULT_PIPELINE, resourcesFor(o));
  if (o.format === 'table') io.out(formatTable(events));
  else if (o.format === 'json') io.out(JSON.stringify({ docId: id, events }, null, 2) + '\n');
  else io.out(formatJsonl(events));
  return 0;
}

function parseBatchLine(raw: string, where: string): DocumentInput {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new InputError(`${where}: invalid JSON (${(err as Error).message.slice(0, 120)})`);
  }
  const parsed = batchLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${where}: ${issue ? describeIssue(issue, json) : 'invalid line'}; a line is ${BATCH_FIELDS}`);
  }
  const d = parsed.data;
  return { id: d.id, text: d.text, lang: d.lang === 'auto' ? undefined : d.lang, publishedAt: d.date, source: d.source, sourceCountry: d.sourceCountry, url: d.url };
}

function codeBatch(file: string | undefined, o: CodeOptions, io: Io): number {
  const name = inputName(file);
  let bad = 0;
  const seen = new Map<string, number>();
  readLines(file).forEach(({ line, text: raw }, i) => {
    if (raw !== null && raw.trim() === '') return;
    try {
      if (raw === null) throw new InputError(`${name}:${line}: not valid UTF-8 text`);
      const doc = parseBatchLine(raw, `${name}:${i + 1}`);
      const first = seen.get(doc.id);
      if (first !== undefined) throw new InputError(`${name}:${i + 1}: field "id": duplicate id "${doc.id}" (first on line ${first})`);
      seen.set(doc.id, i + 1);
      const events = codeDocument({ ...doc, lang: doc.lang ?? langOf(o), publishedAt: doc.publishedAt ?? o.date, source: doc.source ?? o.source, sourceCountry: doc.sourceCountry ?? o.sourceCountry }, DEFAULT_PIPELINE, resourcesFor(o));
      io.out(o.format === 'json' ? JSON.stringify({ docId: doc.id, events }) + '\n' : formatJsonl(events));
    } catch (err) {
      if (!(err instanceof MarsadError)) throw err;
      bad++;
      io.err(`${err.message.startsWith(`marsad: ${name}`) ? err.message : `marsad: ${name}:${i + 1}: ${err.message.replace(/^marsad: /, '')}`}\n`);
    }
  });
  if (bad > 0) io.err(`marsad: ${bad} bad line${bad === 1 ? '' : 's'} skipped in ${name}; the rest was coded\n`);
  return bad > 0 ? 2 : 0;
}

/**
 * Runs `marsad code`.
 *
 * @returns the exit code: 0, or 2 when input lines were bad (the rest is still coded)
 * @throws InputError for a bad option value or an unreadable input
 */
export function runCode(file: string | undefined, o: CodeOptions, io: Io): number {
  checkOptions(o);
  if (o.jsonl && o.format === 'table') throw new InputError('--format table is for one document; use jsonl or json with --jsonl');
  return o.jsonl ? codeBatch(file, o, io) : codeOne(file, o, io);
}
