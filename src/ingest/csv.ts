/**
 * CSV input for ingest (csv-parse): a header row names the columns; the text column is required,
 * date, source, id, url, title and lang columns are used when present.
 */
import { parse } from 'csv-parse/sync';
import { decodeUtf8 } from './decode.js';
import { failure, type RawDocument, type SourceItem } from './raw.js';

/** Header names accepted for each field, lower case. */
export const CSV_COLUMNS: Readonly<Record<keyof Omit<RawDocument, 'origin' | 'htmlFragment'>, readonly string[]>> = {
  text: ['text', 'body', 'content', 'article', 'story'],
  html: ['html'],
  date: ['date', 'published', 'published_at', 'publication_date', 'pubdate'],
  source: ['source', 'outlet', 'publisher', 'site'],
  id: ['id', 'doc_id', 'document_id'],
  url: ['url', 'link'],
  title: ['title', 'headline'],
  lang: ['lang', 'language'],
};

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
 * Reads a CSV file: a document per row, a failure per malformed row (`file:line`), or one failure
 * for the file when it is not UTF-8 or its header names no text column.
 */
export function* readCsv(bytes: Uint8Array, name: string): Generator<SourceItem> {
  const text = decodeUtf8(bytes);
  if (text === null) {
    yield failure(name, 'read', 'not valid UTF-8 text');
    return;
  }
  const skipped: SourceItem[] = [];
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(text, {
      info: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true,
      on_skip: (err) => void skipped.push(failure(`${name}:${String(err?.lines ?? '?')}`, 'parse', `malformed CSV row (${err?.message ?? 'unknown error'})`)),
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
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
  for (const { record, info } of body) yield { kind: 'document', doc: rowDocument(record, cols, `${name}:${info.lines}`) };
}

function rowDocument(record: readonly string[], cols: ColumnMap, origin: string): RawDocument {
  const doc: RawDocument = { origin };
  for (const [field, i] of Object.entries(cols) as Array<[keyof ColumnMap, number]>) {
    const v = record[i];
    if (v !== undefined && v !== '') doc[field] = v;
  }
  return doc;
}
