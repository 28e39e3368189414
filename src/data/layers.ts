/**
 * Dictionary layers: the shipped `data/` folder, and optionally a user's folder laid out the same way
 * (`--dictionaries DIR`). A user's file with the same relative path is read over the built-in one,
 * record by record, keyed by `id`:
 *
 * - a record whose id is already built in replaces it (in place);
 * - a record with a new id is added (after the built-in records);
 * - a record whose id is written `-ID` removes the built-in record `ID` (the other fields may be
 *   left empty or out).
 *
 * A user's file must name the same columns as the built-in file (any order). Every record, the
 * user's included, is validated with the table's schema, and problems name the user's `file:line`.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { dataPath } from './paths.js';
import { type IssueSink, type RawRecord, readDataText, type Row, scanTsv, shownPath, THROWING_SINK, validateRecords } from './tsv.js';

/** Where dictionaries are read from. */
export interface DataLayers {
  /** Absolute path of the shipped `data/` folder. */
  builtin: string;
  /** Absolute path of the user's folder, or null for the built-in dictionaries alone. */
  user: string | null;
}

/** A validated record, with the file (as shown in messages) and line it came from. */
export type LayeredRow<T> = Row<T> & { file: string };

/** The built-in dictionaries alone. */
export const BUILTIN_LAYERS: DataLayers = Object.freeze({ builtin: dataPath(), user: null });

/**
 * The layers for a user's dictionaries folder.
 *
 * @param dir - the folder (relative to the working directory or absolute), or undefined/null for none
 * @throws InputError when the folder does not exist or is not a directory
 */
export function dataLayers(dir?: string | null): DataLayers {
  if (dir === undefined || dir === null) return BUILTIN_LAYERS;
  const abs = resolve(dir);
  if (!existsSync(abs)) throw new InputError(`--dictionaries: no such folder "${dir}" (expected a folder laid out like data/, e.g. DIR/actors/people.tsv)`);
  if (!statSync(abs).isDirectory()) throw new InputError(`--dictionaries: "${dir}" is a file, expected a folder laid out like data/`);
  return abs === BUILTIN_LAYERS.builtin ? BUILTIN_LAYERS : { builtin: BUILTIN_LAYERS.builtin, user: abs };
}

/** A stable key for caching what was loaded from these layers. */
export function layersKey(layers: DataLayers): string {
  return layers.user ?? '';
}

/** The id a user's record removes (`-ID`), or null. */
function removal(r: RawRecord): string | null {
  const id = r.fields.id ?? '';
  return id.startsWith('-') ? id.slice(1).trim() : null;
}

function checkColumns(header: readonly string[], builtinHeader: readonly string[], shown: string, line: number, sink: IssueSink): boolean {
  const unknown = header.filter((c) => !builtinHeader.includes(c));
  const missing = builtinHeader.filter((c) => !header.includes(c));
  if (unknown.length === 0 && missing.length === 0) return true;
  const what = [missing.length ? `missing ${missing.join(', ')}` : '', unknown.length ? `unknown ${unknown.join(', ')}` : ''].filter(Boolean).join('; ');
  sink.error(shown, line, `header: expected the columns ${builtinHeader.join(', ')} (${what})`);
  return false;
}

/**
 * Reads one table through the layers: the built-in file, then the user's file of the same name if
 * there is one (see the module comment for how records combine).
 *
 * @param layers - built-in and user folders
 * @param rel - path under `data/`, e.g. `actors/people.tsv`
 * @param schema - zod object schema over the columns
 * @param sink - where problems go; by default the first one throws
 * @returns the combined, validated records, each with its `file` and `line`
 * @throws DataError (with the default sink) naming `file:line` and the field of the first problem
 */
export function readLayered<S extends z.ZodType>(layers: DataLayers, rel: string, schema: S, sink: IssueSink = THROWING_SINK): Array<LayeredRow<z.infer<S>>> {
  const builtinFile = join(layers.builtin, rel);
  const builtinShown = shownPath(builtinFile);
  const base = scanTsv(readDataText(builtinFile, sink) ?? '', builtinShown, sink);
  if (!base) return [];
  const rows: Array<LayeredRow<z.infer<S>>> = validateRecords(base.records, builtinShown, schema, sink).map((r) => ({ ...r, file: builtinShown }));
  const userFile = layers.user ? join(layers.user, rel) : null;
  if (!userFile || !existsSync(userFile)) return rows;
  const shown = shownPath(userFile);
  const user = scanTsv(readDataText(userFile, sink) ?? '', shown, sink, true);
  if (!user || !checkColumns(user.header, base.header, shown, user.headerLine, sink)) return rows;
  const position = new Map<string, number>();
  rows.forEach((r, k) => position.set(String((r as { id?: unknown }).id ?? ''), k));
  const removed = new Set<number>();
  const full: RawRecord[] = [];
  for (const r of user.records) {
    const gone = removal(r);
    if (gone === null) {
      if (r.count < user.header.length) sink.error(shown, r.line, `expected ${user.header.length} tab-separated fields (${user.header.join(', ')}), found ${r.count}`);
      else full.push(r);
      continue;
    }
    const k = position.get(gone);
    if (k === undefined) sink.error(shown, r.line, `field "id": "-${gone}" removes nothing: no built-in record has the id "${gone}"`);
    else removed.add(k);
  }
  for (const r of validateRecords(full, shown, schema, sink)) {
    const row = { ...r, file: shown };
    const k = position.get(String((r as { id?: unknown }).id ?? ''));
    if (k !== undefined && !removed.has(k)) rows[k] = row;
    else rows.push(row);
  }
  return rows.filter((_, k) => !removed.has(k));
}
