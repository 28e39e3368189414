/**
 * Readers for the span-annotated Arabic gold records of the Open Event Data Alliance
 * (openeventdata/arabic_event_gsr, MIT; DESIGN §5): the sentence-level detection files
 * `*_gsr.csv` and the span files `*_spans.json`. The files are read where they lie (under
 * `shared/reference/arabic/arabic_event_gsr/`); nothing of them is copied into the project.
 *
 * Format (from the upstream README): a CSV with a header row holding at least `event_type`
 * (a PLOVER type), `id`, `label` (`yes` = every annotator accepted the event label, `easy no` =
 * every annotator rejected it, `difficult no` = mostly rejected, `ambiguous` = too few labels to
 * tell) and `text` (the sentence shown to annotators); and a JSON array of records, each with
 * `_id`, `text`, `event_type` and `spans`, one span per annotator holding `source_role` and
 * `target_role` as `{main: country code, role: PLOVER sector}` (`"None"` or a missing key when the
 * annotator named none, the string `"UNKNOWN"` when it could not tell).
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { describeIssue } from '../data/issues.js';
import { InputError } from '../errors.js';
import { PLOVER_EVENTS, type PloverEvent } from '../model/event.js';
import { readUtf8 } from './gold.js';

/** Sentence labels of the detection files. */
export const GSR_LABELS = ['yes', 'easy no', 'difficult no', 'ambiguous'] as const;
export type GsrLabel = (typeof GSR_LABELS)[number];

/** One sentence of a detection file. */
export interface GsrSentence {
  /** 1-based line of the CSV on which the row ends (the header is line 1). */
  line: number;
  id: string;
  event: PloverEvent;
  label: GsrLabel;
  text: string;
}

/** One side (source or target) of a span record, by the annotators' consensus; null = not named. */
export interface GsrSide { country: string[] | null; sector: string[] | null }

/** One record of a span file. */
export interface GsrSpanRecord {
  /** 0-based position of the record in the file's array. */
  index: number;
  id: string;
  event: PloverEvent;
  text: string;
  /** Number of annotators (spans). */
  annotators: number;
  source: GsrSide;
  target: GsrSide;
}

const REQUIRED_COLUMNS = ['event_type', 'id', 'label', 'text'] as const;

interface CsvRow { fields: string[]; line: number }

/**
 * Reads a sentence-detection CSV.
 *
 * @param file - path of a `*_gsr.csv` file (UTF-8, RFC 4180 quoting, header row)
 * @returns its rows in file order
 * @throws InputError naming the file (and line) for an unreadable or non-UTF-8 file, malformed CSV,
 *   a missing column, an unknown `event_type` or `label`, an empty `text`, or no row at all
 */
export function readGsrCsv(file: string): GsrSentence[] {
  const content = readUtf8(file, file);
  const rows: CsvRow[] = [];
  try {
    parse(content, {
      bom: true,
      skip_empty_lines: true,
      on_record: (fields, ctx) => {
        rows.push({ fields, line: ctx.lines });
        return fields;
      },
    });
  } catch (err) {
    const line = (err as { lines?: unknown }).lines;
    throw new InputError(`${file}${typeof line === 'number' ? `:${line}` : ''}: invalid CSV (${(err as Error).message})`);
  }
  const [header, ...body] = rows;
  if (!header) throw new InputError(`${file}: empty file (expected a header row with columns ${REQUIRED_COLUMNS.join(', ')})`);
  const col = Object.fromEntries(REQUIRED_COLUMNS.map((name) => {
    const k = header.fields.indexOf(name);
    if (k < 0) throw new InputError(`${file}:${header.line}: no column "${name}" in the header (expected ${REQUIRED_COLUMNS.join(', ')}; found ${header.fields.join(', ')})`);
    return [name, k];
  })) as Record<(typeof REQUIRED_COLUMNS)[number], number>;
  const out = body.map((row) => {
    const at = (name: (typeof REQUIRED_COLUMNS)[number]): string => row.fields[col[name]] ?? '';
    const where = `${file}:${row.line}`;
    const event = at('event_type');
    if (!(PLOVER_EVENTS as readonly string[]).includes(event)) throw new InputError(`${where}: field "event_type": expected one of ${PLOVER_EVENTS.join(', ')} (found "${event}")`);
    const label = at('label');
    if (!(GSR_LABELS as readonly string[]).includes(label)) throw new InputError(`${where}: field "label": expected one of ${GSR_LABELS.join(', ')} (found "${label}")`);
    const text = at('text');
    if (text.trim() === '') throw new InputError(`${where}: field "text": expected the sentence (found an empty field)`);
    return { line: row.line, id: at('id'), event: event as PloverEvent, label: label as GsrLabel, text };
  });
  if (out.length === 0) throw new InputError(`${file}: holds no sentence (expected rows after the header)`);
  return out;
}

const role = z.union([
  z.literal('UNKNOWN'),
  z.object({ main: z.string().nullable().optional(), role: z.string().nullable().optional() }),
]);

const spanRecord = z.object({
  _id: z.string().min(1),
  text: z.string().min(1),
  event_type: z.enum(PLOVER_EVENTS),
  spans: z.array(z.object({ source_role: role.optional(), target_role: role.optional() })).min(1),
});

type Role = z.infer<typeof role>;

/** A code given by an annotator, or null for none («None», «UNKNOWN», empty). */
function code(r: Role | undefined, key: 'main' | 'role'): string | null {
  if (!r || typeof r === 'string') return null;
  const v = r[key]?.trim();
  return !v || v === 'None' || v === 'UNKNOWN' ? null : v;
}

/**
 * The consensus of annotators on one code: the value (or values, on a tie) named by the most
 * annotators, provided at least half of all annotators named it; otherwise null (not compared).
 *
 * @example consensus(['IRQ', 'IRQ', null]) // → ['IRQ']
 * @example consensus(['IRQ', null, null]) // → null
 */
export function consensus(values: ReadonlyArray<string | null>): string[] | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const best = Math.max(0, ...counts.values());
  if (best === 0 || 2 * best < values.length) return null;
  return [...counts].filter(([, n]) => n === best).map(([v]) => v).sort();
}

function side(spans: ReadonlyArray<{ source_role?: Role; target_role?: Role }>, key: 'source_role' | 'target_role'): GsrSide {
  return { country: consensus(spans.map((s) => code(s[key], 'main'))), sector: consensus(spans.map((s) => code(s[key], 'role'))) };
}

/**
 * Reads a span file.
 *
 * @param file - path of a `*_spans.json` file (UTF-8 JSON array)
 * @returns its records, each side reduced to the annotators' consensus (see {@link consensus})
 * @throws InputError naming the file, the record's position and `_id`, and the field, for an
 *   unreadable or non-UTF-8 file, invalid JSON, a value that is not an array, or a record that does
 *   not have the shape above
 */
export function readGsrSpans(file: string): GsrSpanRecord[] {
  const content = readUtf8(file, file);
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (err) {
    throw new InputError(`${file}: invalid JSON (${(err as Error).message.slice(0, 120)})`);
  }
  if (!Array.isArray(json)) throw new InputError(`${file}: expected a JSON array of span records (found ${json === null ? 'null' : typeof json})`);
  if (json.length === 0) throw new InputError(`${file}: holds no span record`);
  return json.map((raw: unknown, index) => {
    const parsed = spanRecord.safeParse(raw);
    if (!parsed.success) {
      const id = typeof (raw as { _id?: unknown })?._id === 'string' ? ` (_id "${(raw as { _id: string })._id}")` : '';
      const issue = parsed.error.issues[0];
      throw new InputError(`${file}: record ${index + 1}${id}: ${issue ? describeIssue(issue, raw) : 'invalid record'}`);
    }
    const r = parsed.data;
    return { index, id: r._id, event: r.event_type, text: r.text, annotators: r.spans.length, source: side(r.spans, 'source_role'), target: side(r.spans, 'target_role') };
  });
}
