/**
 * Aggregates for the HTTP API and the dashboard: actors, dyads with their daily series, event
 * places, full-text document search. Negated, future and hypothetical events are left out unless the
 * filter asks for them.
 */
import type { EventFilter } from './filters.js';
import { ftsQuery } from './fts.js';
import { whereOf } from './query.js';
import { stmt, type Store } from './store.js';

/** An actor code with how often it acts and is acted upon. */
export interface ActorStat { code: string; country: string | null; sector: string | null; org: string | null; asActor: number; asRecipient: number }

/**
 * Actors of the matching events, most events first.
 *
 * @param limit - how many actors to return
 */
export function actorStats(store: Store, f: EventFilter, limit: number): ActorStat[] {
  const w = whereOf(f);
  const rows = stmt(store, `SELECT ea.country AS country, ea.sector AS sector, ea.org AS org,
      sum(ea.role = 'actor') AS asActor, sum(ea.role = 'recipient') AS asRecipient
    FROM event_actors ea JOIN events e ON e.id = ea.event_id ${w.sql}
    GROUP BY ea.country, ea.sector, ea.org ORDER BY asActor + asRecipient DESC, country, sector LIMIT @limit`).all({ ...w.params, limit }) as Array<Omit<ActorStat, 'code'>>;
  return rows.map((r) => ({ code: r.org ?? `${r.country ?? '---'}${r.sector ? `:${r.sector}` : ''}`, ...r }));
}

/** A dyad (actor side → recipient side) with totals and a per-day series. */
export interface DyadSeries {
  actor: string; recipient: string; events: number; goldstein: number; meanGoldstein: number;
  series: Array<{ date: string; events: number; goldstein: number }>;
}

/** The busiest dyads of the matching events, each with its daily series. */
export function dyadSeries(store: Store, f: EventFilter, limit: number): DyadSeries[] {
  const w = whereOf(f);
  const dyads = stmt(store, `SELECT e.actor_code AS actor, e.recipient_code AS recipient, count(*) AS events,
      round(sum(e.goldstein), 1) AS goldstein, round(avg(e.goldstein), 2) AS meanGoldstein
    FROM events e ${w.sql} GROUP BY e.actor_code, e.recipient_code ORDER BY events DESC, actor, recipient LIMIT @limit`).all({ ...w.params, limit }) as Array<Omit<DyadSeries, 'series'>>;
  const series = stmt(store, `SELECT e.date AS date, count(*) AS events, round(sum(e.goldstein), 1) AS goldstein FROM events e
    ${w.sql} ${w.sql ? 'AND' : 'WHERE'} e.actor_code = @dyadActor AND e.recipient_code = @dyadRecipient AND e.date IS NOT NULL GROUP BY e.date ORDER BY e.date`);
  return dyads.map((d) => ({ ...d, series: series.all({ ...w.params, dyadActor: d.actor, dyadRecipient: d.recipient }) as DyadSeries['series'] }));
}

/** A place where matching events happened. */
export interface PlaceStat { id: string; name: string; country: string; lat: number | null; lon: number | null; events: number; meanGoldstein: number }

/** Places of the matching events, most events first. */
export function placeStats(store: Store, f: EventFilter, limit: number): PlaceStat[] {
  const w = whereOf(f);
  return stmt(store, `SELECT json_extract(e.location, '$.id') AS id, json_extract(e.location, '$.name') AS name, e.place_country AS country,
      e.lat AS lat, e.lon AS lon, count(*) AS events, round(avg(e.goldstein), 2) AS meanGoldstein
    FROM events e ${w.sql} ${w.sql ? 'AND' : 'WHERE'} e.location IS NOT NULL GROUP BY 1 ORDER BY events DESC, id LIMIT @limit`).all({ ...w.params, limit }) as PlaceStat[];
}

/** A document that matches a full-text query, with a snippet of its normalized text around the match (`[` … `]` mark the hits). */
export interface SearchHit { id: number; extId: string; title: string | null; source: string | null; publishedAt: string | null; snippet: string }

/**
 * Documents matching a full-text query, best first (FTS5 bm25).
 *
 * @returns the total number of matching documents and one page of them
 */
export function searchDocuments(store: Store, query: string, limit: number, offset = 0): { total: number; documents: SearchHit[] } {
  const q = ftsQuery(query);
  if (!q) return { total: 0, documents: [] };
  const total = (stmt(store, 'SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?').get(q) as { n: number }).n;
  const documents = stmt(store, `SELECT d.id AS id, d.ext_id AS extId, d.title AS title, d.source AS source, d.published_at AS publishedAt,
      snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
    FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH @q ORDER BY bm25(documents_fts) LIMIT @limit OFFSET @offset`)
    .all({ q, limit, offset }) as SearchHit[];
  return { total, documents };
}

/** Store totals. */
export function storeTotals(store: Store): { documents: number; events: number; mentions: number } {
  const n = (table: string): number => (stmt(store, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { documents: n('documents'), events: n('events'), mentions: n('mentions') };
}
