/**
 * Line-oriented TSV data files: a header line naming the columns, one record a line, `#` comment
 * lines and blank lines ignored. Each record is validated with a zod schema at load; a bad record
 * throws a {@link DataError} naming `file:line` and the field — or, given an {@link IssueSink}
 * (`marsad lint`), is reported there and skipped so that every problem of a file is listed.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { z } from 'zod';
import { DataError } from '../errors.js';
import { describeIssue } from './issues.js';

/** A validated record and the 1-based line it came from. */
export type Row<T> = T & { line: number };

/** Where problems found in data files go: thrown at load, collected by `marsad lint`. */
export interface IssueSink {
  /** A record or file that cannot be used (`line` 0 = the file as a whole). */
  error(file: string, line: number, message: string): void;
  /** A record that loads but is probably wrong (an ambiguous name…). */
  warn(file: string, line: number, message: string): void;
}

/** The sink used at load: the first error throws a {@link DataError}; warnings are ignored. */
export const THROWING_SINK: IssueSink = {
  error(file, line, message) {
    throw new DataError(file, line, message);
  },
  warn() {},
};

/** A record before validation: its line and its fields by column name. */
export interface RawRecord { line: number; fields: Record<string, string>; count: number }

/** A file's header and records before validation. */
export interface RawTable { file: string; header: string[]; headerLine: number; records: RawRecord[] }

/** How a path is shown in messages: relative to the working directory when under it, else absolute. */
export function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/**
 * Reads a file's text.
 *
 * @returns the text, or null after reporting an unreadable file to the sink
 */
export function readDataText(file: string, sink: IssueSink = THROWING_SINK): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    sink.error(shownPath(file), 0, `cannot read data file (${(err as Error).message})`);
    return null;
  }
}

/**
 * Splits TSV text into header and records. Lines with the wrong number of fields are reported;
 * with `shortRows`, a line may have fewer fields (its first field is then kept and the others read as
 * empty) — the form of a removal row in a user's dictionary.
 *
 * @returns the table, or null when the text has no header line (reported)
 */
export function scanTsv(text: string, shown: string, sink: IssueSink = THROWING_SINK, shortRows = false): RawTable | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  let headerLine = 0;
  const records: RawRecord[] = [];
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fields = raw.split('\t');
    if (!header) {
      header = fields.map((f) => f.trim());
      headerLine = lineNo;
      return;
    }
    if (fields.length > header.length || (fields.length < header.length && !shortRows)) {
      sink.error(shown, lineNo, `expected ${header.length} tab-separated fields (${header.join(', ')}), found ${fields.length}`);
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((name, k) => (record[name] = (fields[k] ?? '').trim()));
    records.push({ line: lineNo, fields: record, count: fields.length });
  });
  if (!header) {
    sink.error(shown, 1, 'empty data file: expected a header line naming the columns');
    return null;
  }
  return { file: shown, header, headerLine, records };
}

/**
 * Validates raw records with a schema and refuses duplicate ids.
 *
 * @returns the valid records in file order, each with its `line`; bad ones are reported and left out
 */
export function validateRecords<S extends z.ZodType>(records: readonly RawRecord[], shown: string, schema: S, sink: IssueSink = THROWING_SINK): Array<Row<z.infer<S>>> {
  const rows: Array<Row<z.infer<S>>> = [];
  const ids = new Map<string, number>();
  for (const { line, fields } of records) {
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) sink.error(shown, line, describeIssue(issue, fields));
      continue;
    }
    const value = parsed.data as z.infer<S> & { id?: unknown };
    if (typeof value.id === 'string') {
      const seen = ids.get(value.id);
      if (seen !== undefined) {
        sink.error(shown, line, `field "id": duplicate id "${value.id}" (first on line ${seen})`);
        continue;
      }
      ids.set(value.id, line);
    }
    rows.push({ ...value, line });
  }
  return rows;
}

/**
 * Reads and validates a TSV file.
 *
 * @param file - path of the file (shown relative to the working directory in errors)
 * @param schema - zod object schema over the header's column names (all values arrive as strings)
 * @returns the records in file order, each with its `line`
 * @throws DataError when the file cannot be read, a column is missing from the header, a line has
 *   the wrong number of fields, a record fails its schema, or two records share an `id`
 */
export function readTsv<S extends z.ZodType>(file: string, schema: S): Array<Row<z.infer<S>>> {
  return parseTsv(readDataText(file) ?? '', shownPath(file), schema);
}

/** Parses TSV text already in memory; see {@link readTsv}. */
export function parseTsv<S extends z.ZodType>(text: string, shown: string, schema: S): Array<Row<z.infer<S>>> {
  const table = scanTsv(text, shown) as RawTable;
  return validateRecords(table.records, shown, schema);
}

/** Splits a `|`-separated field into its non-empty, trimmed variants. */
export function variants(field: string | undefined): string[] {
  if (!field) return [];
  return field.split('|').map((v) => v.trim()).filter((v) => v.length > 0);
}
