/**
 * CSV input for ingest (csv-parse): a header row names the columns; the text column is required,
 * date, source, id, url, title and lang columns are used when present.
 */
import { parse } from 'csv-parse/sync';
import { decodeText } from './decode.js';
import { failure, type RawDocument, type SourceItem } from './raw.js';

/** Header names accepted for each field, lower case. */
export const CSV_COLUMNS: Readonly<Record<keyof Omit<RawDocument, 'origin' | 'htmlFragment'>, readonly string[]>> = {
  text: ['text', 'body', 'content', 'article', 'story'],
  html: ['html'],
  date: ['date', 'published', 'published_at', 'publication_date', 'pubdate'],
  source: ['source', 'outlet', 'publisher', 'site'],
  sourceCountry: ['source_country', 'sourcecountry', 'outlet_country'],
  id: ['id', 'doc_id', 'document_id'],
  url: ['url', 'link'],
  title: ['title', 'headline'],
  lang: ['lang', 'language'],
};

/** A parsed record with csv-parse's `info` and `raw` options. */
interface Row { record: string[]; info: { lines: number }; raw: string }

/**
 * The line a record starts on. csv-parse's `info.lines` is the line it ends on, and `raw` is its
 * text (with any empty lines skipped before it, and its line break): a quoted field with line
 * breaks makes the two differ.
 */
function firstLine(lastLine: number, raw: string | undefined): number {
  if (raw === undefined) return lastLine;
  const body = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  let breaks = 0;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) breaks++;
  return lastLine - breaks;
}

type ColumnMap = Partial<Record<keyof typeof CSV_COLUMNS, number>>;

function mapHeader(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  const names = header.map((h) => h.trim().toLowerCase());
  for (const [field, accepted] of Object.entries(CSV_COLUMNS) as Array<[keyof typeof CSV_COLUMNS, readonly string[]]>) {
    const i = names.findIndex((n) => accepted.includes(n));
    if (i >= 0) map[field] = i;
  }
  return map;
}

/**
 * Reads a CSV file (UTF-8, or UTF-16 with a byte-order mark as spreadsheets save it): a document per
 * row, a failure per malformed row (`file:line` of the row's first line), or one failure for the
 * file when it is not text or its header names no text column.
 */
export function* readCsv(bytes: Uint8Array, name: string): Generator<SourceItem> {
  const decoded = decodeText(bytes);
  if ('reason' in decoded) {
    yield failure(name, 'read', decoded.reason);
    return;
  }
  const { text } = decoded;
  const skipped: SourceItem[] = [];
  let rows: Row[];
  try {
    rows = parse(text, {
      info: true, raw: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true,
      on_skip: (err) => void skipped.push(failure(`${name}:${err ? firstLine(Number(err.lines), typeof err.raw === 'string' ? err.raw : undefined) : '?'}`, 'parse', `malformed CSV row (${err?.message ?? 'unknown error'})`)),
    }) as unknown as Row[];
  } catch (err) {
    yield failure(name, 'parse', `not a CSV file (${(err as Error).message})`);
    return;
  }
  yield* skipped;
  const [head, ...body] = rows;
  if (!head || body.length === 0) {
    yield failure(name, 'read', head ? 'the CSV file has a header and no rows' : 'empty CSV file');
    return;
  }
  const cols = mapHeader(head.record);
  if (cols.text === undefined && cols.html === undefined) {
    yield failure(name, 'parse', `the header names no text column (expected one of ${CSV_COLUMNS.text.join(', ')}; found ${head.record.join(', ')})`);
    return;
  }
  for (const { record, info, raw } of body) yield { kind: 'document', doc: rowDocument(record, cols, `${name}:${firstLine(info.lines, raw)}`) };
}

function rowDocument(record: readonly string[], cols: ColumnMap, origin: string): RawDocument {
  const doc: RawDocument = { origin };
  for (const [field, i] of Object.entries(cols) as Array<[keyof ColumnMap, number]>) {
    const v = record[i];
    if (v !== undefined && v !== '') doc[field] = v;
  }
  return doc;
}
