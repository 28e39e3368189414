/**
 * `marsad export`: every event matching a filter, in one of the formats analysts load elsewhere.
 */
import { stringify } from 'csv-stringify/sync';
import { eventMentions, iterateEvents } from '../store/query.js';
import type { EventFilter } from '../store/filters.js';
import { stmt, type Store } from '../store/store.js';
import { FLAT_COLUMNS, flatEvent } from './flat.js';
import { gdeltRow } from './gdelt.js';
import { ploverRecord } from './plover.js';

/** Export formats: PLOVER JSON Lines, the GDELT 2.0 event table (TSV), flat CSV with a header, Marsad's own JSON Lines (event and mentions). */
export const EXPORT_FORMATS = ['plover', 'gdelt', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Writes the events matching a filter.
 *
 * @param write - receives the output in chunks (one line or row each)
 * @returns the number of events written
 */
export function exportEvents(store: Store, format: ExportFormat, filter: EventFilter, write: (chunk: string) => void): number {
  const runStarts = new Map((stmt(store, 'SELECT id, started_at FROM runs').all() as Array<{ id: number; started_at: string }>).map((r) => [r.id, r.started_at]));
  const addedOf = (eventId: number): string => {
    const run = (stmt(store, 'SELECT run_id FROM events WHERE id = ?').get(eventId) as { run_id: number }).run_id;
    return runStarts.get(run) ?? '';
  };
  const today = new Date().toISOString().slice(0, 10);
  if (format === 'csv') write(stringify([[...FLAT_COLUMNS]]));
  let n = 0;
  for (const e of iterateEvents(store, filter)) {
    n++;
    if (format === 'csv') {
      write(stringify([FLAT_COLUMNS.map((c) => flatEvent(e)[c])]));
      continue;
    }
    const mentions = eventMentions(store, e.id);
    if (format === 'plover') write(`${JSON.stringify(ploverRecord(e, mentions, today))}\n`);
    else if (format === 'gdelt') write(`${gdeltRow(e, mentions[0], addedOf(e.id)).join('\t')}\n`);
    else write(`${JSON.stringify({ ...e, mentions })}\n`);
  }
  return n;
}
