/**
 * PLOVER JSON Lines export (PLOVER manual, chapter "Data Fields": one JSON object an event with
 * `id`, `date`, `actor` and `recipient` lists of entity objects, `event` and `mode`/`context` lists,
 * `quad_code`, `event_scale`, `event_loc`, `event_text`, `coder`, `coded_date`).
 */
import type { Actor } from '../model/event.js';
import type { StoredEvent, StoredMention } from '../store/rows.js';

/** The coder name written in every record. */
export const CODER = 'Marsad 0.1';

function entity(a: Actor): Record<string, unknown> {
  return { code: a.org ?? a.country, country: a.country, sector: a.sector, org: a.org, name: a.name, role: a.role };
}

/**
 * One event as a PLOVER record.
 *
 * @param mentions - its mentions; their trigger texts become `event_text` and their documents `cite_info`
 * @param codedDate - ISO 8601 date of the export
 */
export function ploverRecord(e: StoredEvent, mentions: readonly StoredMention[], codedDate: string): Record<string, unknown> {
  return {
    id: `marsad-${e.id}`,
    date: e.date,
    actor: e.actor.map(entity),
    recipient: e.recipient.map(entity),
    event: [e.event],
    mode: e.mode ? [e.mode] : [],
    context: e.contexts,
    auxiliary: e.auxiliary,
    quad_code: e.quadClass,
    event_scale: e.goldstein,
    cameo: e.cameo,
    event_loc: e.location ? { name: e.location.name, country: e.location.country, lat: e.location.lat, lon: e.location.lon, id: e.location.id } : null,
    event_text: mentions.map((m) => m.record.triggerText),
    cite_info: mentions.map((m) => ({ document: m.documentExtId, source: m.source, url: m.url, date: m.publishedAt, rule: m.record.ruleId })),
    num_mentions: e.numMentions,
    num_sources: e.numSources,
    coder: CODER,
    coded_date: codedDate,
  };
}
