/**
 * Events as flat rows (one value a column) for CSV and tables.
 */
import { sideCode } from '../store/event-key.js';
import type { StoredEvent } from '../store/rows.js';

/** Columns of the flat event row, in order. */
export const FLAT_COLUMNS = ['id', 'date', 'event', 'mode', 'cameo', 'quad_class', 'goldstein', 'actor', 'recipient', 'actor_names',
  'recipient_names', 'place', 'place_country', 'lat', 'lon', 'auxiliary', 'mentions', 'documents', 'sources'] as const;

/** An event as a flat row: side codes such as `SYR:GOV+BLR:GOV`, names joined with `; `, auxiliary modes joined with `,`. */
export function flatEvent(e: StoredEvent): Record<(typeof FLAT_COLUMNS)[number], string | number | null> {
  const names = (side: StoredEvent['actor']): string => side.map((a) => a.name ?? a.role ?? '').filter(Boolean).join('; ');
  return {
    id: e.id, date: e.date, event: e.event, mode: e.mode, cameo: e.cameo, quad_class: e.quadClass, goldstein: e.goldstein,
    actor: sideCode(e.actor), recipient: sideCode(e.recipient), actor_names: names(e.actor), recipient_names: names(e.recipient),
    place: e.location?.name ?? null, place_country: e.location?.country ?? null, lat: e.location?.lat ?? null, lon: e.location?.lon ?? null,
    auxiliary: e.auxiliary.join(','), mentions: e.numMentions, documents: e.numDocuments, sources: e.numSources,
  };
}
