/**
 * `marsad lint`: every problem of a set of dictionaries, listed rather than thrown — malformed rows,
 * unknown codes (countries, sectors, organisations, CAMEO codes, PLOVER types), duplicate ids,
 * impossible dated roles (errors) and names shared by two entries of one table (warnings).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCues } from '../code/cues.js';
import { loadRules } from '../code/rules.js';
import { loadCalendar } from '../dates/calendar.js';
import { dataLayers } from '../data/layers.js';
import { type IssueSink, shownPath } from '../data/tsv.js';
import { checkTables } from './checks.js';
import { readTables, TABLE_FILES } from './tables.js';

/** One problem: where it is and what was expected. */
export interface LintIssue { severity: 'error' | 'warning'; file: string; line: number; message: string }

/** Everything lint found. */
export interface LintReport { errors: LintIssue[]; warnings: LintIssue[] }

/** Files that a user's folder may hold, relative to it (the same paths as under `data/`). */
export const LAYERED_FILES: readonly string[] = [
  ...Object.values(TABLE_FILES), 'rules/events-ar.tsv', 'rules/events-en.tsv', 'rules/cues.tsv', 'dates/calendar.tsv',
];

function tsvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tsv'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/**
 * Lints the built-in dictionaries, or a user's folder read over them.
 *
 * @param dir - a folder laid out like `data/` (as for `--dictionaries`), or undefined for the
 *   built-in dictionaries
 * @returns errors and warnings, each naming `file:line`, sorted by file and line
 * @throws InputError when `dir` does not exist or is not a folder
 */
export function lintDictionaries(dir?: string | null): LintReport {
  const layers = dataLayers(dir);
  const report: LintReport = { errors: [], warnings: [] };
  const sink: IssueSink = {
    error: (file, line, message) => report.errors.push({ severity: 'error', file, line, message }),
    warn: (file, line, message) => report.warnings.push({ severity: 'warning', file, line, message }),
  };
  if (layers.user) {
    for (const f of tsvFiles(layers.user)) {
      if (!LAYERED_FILES.includes(f)) sink.warn(shownPath(join(layers.user, f)), 0, `not a dictionary Marsad reads, ignored (expected one of ${LAYERED_FILES.join(', ')})`);
    }
  }
  checkTables(readTables(layers, sink), sink, true);
  for (const lang of ['ar', 'en'] as const) {
    loadRules(lang, layers, sink);
    loadCalendar(lang, layers, sink);
  }
  loadCues('ar', layers, sink);
  const order = (a: LintIssue, b: LintIssue): number => a.file.localeCompare(b.file) || a.line - b.line;
  // with a user's folder, warnings about the built-in files alone are not the user's to act on
  const userShown = layers.user ? shownPath(layers.user) : null;
  const warnings = userShown ? report.warnings.filter((w) => w.file.startsWith(userShown) || w.message.includes(userShown)) : report.warnings;
  return { errors: dedupe(report.errors).sort(order), warnings: dedupe(warnings).sort(order) };
}

/** Calendar and cue files are read once per language: one report per problem. */
function dedupe(issues: LintIssue[]): LintIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}:${i.line}:${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One issue as a line: `file:line: message` (`file: message` for the file as a whole), warnings marked `warning:`. */
export function formatIssue(i: LintIssue): string {
  return `${i.file}${i.line > 0 ? `:${i.line}` : ''}: ${i.severity === 'warning' ? 'warning: ' : ''}${i.message}`;
}
