/**
 * Line-oriented TSV data files: a header line naming the columns, one record a line, `#` comment
 * lines and blank lines ignored. Each record is validated with a zod schema at load; a bad record
 * throws a {@link DataError} naming `file:line` and the field.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';
import { DataError } from '../errors.js';
import { describeIssue } from './issues.js';

/** A validated record and the 1-based line it came from. */
export type Row<T> = T & { line: number };

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
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DataError(shown, 0, `cannot read data file (${(err as Error).message})`);
  }
  return parseTsv(text, shown, schema);
}

/** Parses TSV text already in memory; see {@link readTsv}. */
export function parseTsv<S extends z.ZodType>(text: string, shown: string, schema: S): Array<Row<z.infer<S>>> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: Array<Row<z.infer<S>>> = [];
  const ids = new Map<string, number>();
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fields = raw.split('\t');
    if (!header) {
      header = fields.map((f) => f.trim());
      return;
    }
    if (fields.length !== header.length) {
      throw new DataError(shown, lineNo, `expected ${header.length} tab-separated fields (${header.join(', ')}), found ${fields.length}`);
    }
    const record: Record<string, string> = {};
    header.forEach((name, k) => (record[name] = (fields[k] ?? '').trim()));
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DataError(shown, lineNo, issue ? describeIssue(issue, record) : 'invalid record');
    }
    const value = parsed.data as z.infer<S> & { id?: unknown };
    if (typeof value.id === 'string') {
      const seen = ids.get(value.id);
      if (seen !== undefined) throw new DataError(shown, lineNo, `duplicate id "${value.id}" (first on line ${seen})`);
      ids.set(value.id, lineNo);
    }
    rows.push({ ...value, line: lineNo });
  });
  if (!header) throw new DataError(shown, 1, 'empty data file: expected a header line naming the columns');
  return rows;
}

/** Splits a `|`-separated field into its non-empty, trimmed variants. */
export function variants(field: string | undefined): string[] {
  if (!field) return [];
  return field.split('|').map((v) => v.trim()).filter((v) => v.length > 0);
}
