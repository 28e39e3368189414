/**
 * Output formats for coded events: JSON Lines, JSON, and an aligned table for people.
 */
import stringWidth from 'string-width';
import type { Actor, MarsadEvent } from '../model/event.js';

function actorLabel(actors: readonly Actor[]): string {
  if (actors.length === 0) return '(unknown)';
  return actors.map((a) => [a.country ?? '?', a.org, a.sector].filter(Boolean).join(' ')).join(' + ');
}

/** Wraps right-to-left text in a right-to-left isolate (U+2067 … U+2069); Latin text is left as it is. */
function isolate(s: string): string {
  return /[\u0590-\u08FF]/.test(s) ? `\u2067${s}\u2069` : s;
}

/** C0 and C1 control characters, DEL, and the bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from a document or a file name made safe to print on a terminal: every control character
 * (an escape sequence could recolour, retitle or clear the terminal; a bidi override could reorder
 * the line) is shown as an escape, `\x1B` or `\u202E`. The store keeps the text as it was.
 *
 * @param keep - control characters to leave as they are (`'\n'` for multi-line messages)
 * @example
 * printable('bad \u001b[2Jbyte') // → 'bad \\x1B[2Jbyte'
 */
export function printable(s: string, keep = ''): string {
  return s.replace(UNPRINTABLE, (c) => {
    if (keep.includes(c)) return c;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

/**
 * An aligned table, one event a row. Latin columns come first and the Arabic evidence last, wrapped
 * in a right-to-left isolate (U+2067 … U+2069), so that a bidi-aware terminal shows it right to
 * left without moving the columns, and a plain one still aligns them.
 */
export function formatTable(events: readonly MarsadEvent[]): string {
  const header = ['#', 'event', 'cameo', 'actor', 'recipient', 'date', 'place', 'flags', 'rule', 'trigger'];
  const rows = events.map((e, k) => [
    String(k + 1), e.event + (e.mode ? `/${e.mode}` : ''), e.cameo, actorLabel(e.actor), actorLabel(e.recipient),
    e.date ?? '', e.location?.name ?? '', e.auxiliary.join(','), e.ruleId,
    `${isolate(e.triggerText)}${e.evidence.length > 1 ? ` (×${e.evidence.length})` : ''}`,
  ]);
  return alignedTable(header, rows) + (rows.length === 0 ? '(no events)\n' : '');
}

/**
 * Columns aligned by display width (string-width), a rule under the header; the last column is not padded.
 *
 * @returns the table, ending in a line break
 */
export function alignedTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, c) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[c] ?? ''))));
  const line = (cells: readonly string[]): string => cells.map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c] ?? 0))).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

/** One JSON object per event, one per line. */
export function formatJsonl(events: readonly MarsadEvent[]): string {
  return events.map((e) => JSON.stringify(e)).join('\n') + (events.length > 0 ? '\n' : '');
}
