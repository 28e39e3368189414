/**
 * Reading events, mentions and documents from the store, with the filters of {@link EventFilter}.
 */
import type { ActorFilter, EventFilter } from './filters.js';
import { ftsQuery } from './fts.js';
import { toStoredEvent, type EventRow, type StoredDocument, type StoredEvent, type StoredMention } from './rows.js';
import { stmt, type Store } from './store.js';

/** Sort orders for event lists. */
export const EVENT_SORTS = ['date', '-date', 'mentions', '-mentions', 'goldstein', '-goldstein', 'id'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

const ORDER: Record<EventSort, string> = {
  'date': 'e.date ASC, e.id ASC', '-date': 'e.date DESC, e.id DESC', 'mentions': 'e.num_mentions ASC, e.id ASC',
  '-mentions': 'e.num_mentions DESC, e.id ASC', 'goldstein': 'e.goldstein ASC, e.id ASC', '-goldstein': 'e.goldstein DESC, e.id ASC', 'id': 'e.id ASC',
};

/** A WHERE clause over `events e` and its parameters. */
export interface Where { sql: string; params: Record<string, string | number> }

function actorClause(role: 'actor' | 'recipient', a: ActorFilter, params: Where['params']): string {
  params[`${role}Country`] = a.country ?? '';
  params[`${role}Sector`] = a.sector ?? '';
  params[`${role}Org`] = a.org ?? '';
  params[`${role}Role`] = role;
  const country = a.country === '---' ? 'ea.country IS NULL AND ea.org IS NULL' : `ea.country = @${role}Country`;
  const who = a.org !== null ? `ea.org = @${role}Org` : `${country} AND (@${role}Sector = '' OR ea.sector = @${role}Sector)`;
  // a symmetric event's two sides are both actor and recipient
  return `e.id IN (SELECT ea.event_id FROM event_actors ea JOIN events s ON s.id = ea.event_id WHERE ${who} AND (ea.role = @${role}Role OR s.symmetric = 1))`;
}

/** The WHERE clause for a filter. */
export function whereOf(f: EventFilter): Where {
  const parts: string[] = [];
  const params: Where['params'] = {};
  if (!f.flagged) parts.push('e.unreal = 0');
  const simple: Array<[keyof EventFilter, string]> = [['event', 'e.event = @event'], ['quadClass', 'e.quad_class = @quadClass'], ['from', 'e.date >= @from'], ['to', 'e.date <= @to']];
  for (const [field, sql] of simple) {
    const v = f[field];
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    parts.push(sql);
    params[field] = v;
  }
  if (f.actor) parts.push(actorClause('actor', f.actor, params));
  if (f.recipient) parts.push(actorClause('recipient', f.recipient, params));
  if (f.text) {
    params.text = ftsQuery(f.text) ?? '""';
    parts.push('e.id IN (SELECT m.event_id FROM mentions m WHERE m.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @text))');
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Paging and order of an event list. */
export interface Page { limit: number; offset: number; sort: EventSort }

/**
 * Events matching a filter, one page of them, and how many match in all.
 *
 * @returns `{total, events}`; events are cross-document events with their mention counts
 */
export function queryEvents(store: Store, f: EventFilter, page: Page = { limit: 100, offset: 0, sort: 'date' }): { total: number; events: StoredEvent[] } {
  const w = whereOf(f);
  const total = (stmt(store, `SELECT count(*) AS n FROM events e ${w.sql}`).get(w.params) as { n: number }).n;
  const rows = stmt(store, `SELECT e.* FROM events e ${w.sql} ORDER BY ${ORDER[page.sort]} LIMIT @limit OFFSET @offset`)
    .all({ ...w.params, limit: page.limit, offset: page.offset }) as EventRow[];
  return { total, events: rows.map(toStoredEvent) };
}

/** Every event matching a filter, in id order, read a page at a time (the connection stays free for other queries between pages). */
export function* iterateEvents(store: Store, f: EventFilter, pageSize = 1000): Generator<StoredEvent> {
  const w = whereOf(f);
  const page = stmt(store, `SELECT e.* FROM events e ${w.sql} ${w.sql ? 'AND' : 'WHERE'} e.id > @after ORDER BY e.id LIMIT @pageSize`);
  for (let after = 0; ;) {
    const rows = page.all({ ...w.params, after, pageSize }) as EventRow[];
    for (const r of rows) yield toStoredEvent(r);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** How many matching events the default filter leaves out as negated, future or hypothetical. */
export function countFlagged(store: Store, f: EventFilter): number {
  if (f.flagged) return 0;
  const w = whereOf({ ...f, flagged: true });
  return (stmt(store, `SELECT count(*) AS n FROM events e ${w.sql} ${w.sql ? 'AND' : 'WHERE'} e.unreal = 1`).get(w.params) as { n: number }).n;
}

/** One event by id, or null. */
export function getEvent(store: Store, id: number): StoredEvent | null {
  const r = stmt(store, 'SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
  return r ? toStoredEvent(r) : null;
}

interface MentionRow { id: number; event_id: number; document_id: number; ext_id: string; source: string | null; url: string | null; published_at: string | null; record: string }

function toMention(r: MentionRow): StoredMention {
  return { id: r.id, eventId: r.event_id, documentId: r.document_id, documentExtId: r.ext_id, source: r.source, url: r.url, publishedAt: r.published_at, record: JSON.parse(r.record) as StoredMention['record'] };
}

const MENTION_SELECT = 'SELECT m.id, m.event_id, m.document_id, d.ext_id, d.source, d.url, d.published_at, m.record FROM mentions m JOIN documents d ON d.id = m.document_id';

/** The mentions of an event, in document order. */
export function eventMentions(store: Store, eventId: number): StoredMention[] {
  return (stmt(store, `${MENTION_SELECT} WHERE m.event_id = ? ORDER BY m.document_id, m.id`).all(eventId) as MentionRow[]).map(toMention);
}

/** The mentions found in one document, in text order. */
export function documentMentions(store: Store, documentId: number): StoredMention[] {
  return (stmt(store, `${MENTION_SELECT} WHERE m.document_id = ? ORDER BY m.trigger_start, m.id`).all(documentId) as MentionRow[]).map(toMention);
}

interface DocumentRow { id: number; ext_id: string; origin: string; lang: 'ar' | 'en'; published_at: string | null; source: string | null; source_country: string | null; url: string | null; title: string | null; text: string; sentences: number; tokens: number }

/** One document by id, or null. */
export function getDocument(store: Store, id: number): StoredDocument | null {
  const r = stmt(store, 'SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  if (!r) return null;
  return { id: r.id, extId: r.ext_id, origin: r.origin, lang: r.lang, publishedAt: r.published_at, source: r.source, sourceCountry: r.source_country, url: r.url, title: r.title, text: r.text, sentences: r.sentences, tokens: r.tokens };
}
