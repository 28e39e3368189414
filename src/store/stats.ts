/**
 * Aggregates over the store: counts per day and per dyad, Goldstein sums, QuadClass and event-type
 * totals (negated, future and hypothetical events left out unless the filter asks for them), and
 * document and failure counts (outstanding failures; those resolved by a later run only counted).
 */
import type { EventFilter } from './filters.js';
import { countFlagged, whereOf } from './query.js';
import { stmt, type Store } from './store.js';

/** Per-day counts: events, Goldstein sum, and events per QuadClass (1 verbal cooperation … 4 material conflict). */
export interface DayStat { date: string; events: number; goldstein: number; quad: [number, number, number, number] }
/** Per-dyad counts; `actor` and `recipient` are side codes such as `SYR:GOV` or `UN` (`-` for none). */
export interface DyadStat { actor: string; recipient: string; events: number; goldstein: number; meanGoldstein: number }
/** Everything `marsad stats` reports. */
export interface StoreStats {
  documents: number;
  events: number;
  mentions: number;
  /** Events left out as negated, future or hypothetical. */
  flagged: number;
  /** Outstanding failures (those a later run did not find fixed), and how many were resolved. */
  failures: { failed: number; skipped: number; resolved: number; byStage: Array<{ stage: string; kind: string; count: number }> };
  byEvent: Array<{ event: string; events: number; goldstein: number }>;
  byQuadClass: Array<{ quadClass: number; events: number; goldstein: number }>;
  byDay: DayStat[];
  byDyad: DyadStat[];
}

/**
 * Computes the statistics of the events matching a filter.
 *
 * @param topDyads - how many dyads to list, most events first
 */
export function storeStats(store: Store, f: EventFilter, topDyads = 20): StoreStats {
  const w = whereOf(f);
  const one = (sql: string): number => (stmt(store, sql).get(w.params) as { n: number }).n;
  const all = <T>(sql: string, params: object = w.params): T[] => stmt(store, sql).all(params) as T[];
  const byDay = all<{ date: string; events: number; goldstein: number; q1: number; q2: number; q3: number; q4: number }>(
    `SELECT e.date AS date, count(*) AS events, round(sum(e.goldstein), 1) AS goldstein,
       sum(e.quad_class = 1) AS q1, sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3, sum(e.quad_class = 4) AS q4
     FROM events e ${w.sql} ${w.sql ? 'AND' : 'WHERE'} e.date IS NOT NULL GROUP BY e.date ORDER BY e.date`)
    .map((r) => ({ date: r.date, events: r.events, goldstein: r.goldstein, quad: [r.q1, r.q2, r.q3, r.q4] as DayStat['quad'] }));
  const failures = all<{ stage: string; kind: string; count: number }>('SELECT stage, kind, count(*) AS count FROM failures WHERE resolved_run IS NULL GROUP BY stage, kind ORDER BY count DESC', {});
  return {
    documents: (stmt(store, 'SELECT count(*) AS n FROM documents').get() as { n: number }).n,
    events: one(`SELECT count(*) AS n FROM events e ${w.sql}`),
    mentions: one(`SELECT count(*) AS n FROM mentions m JOIN events e ON e.id = m.event_id ${w.sql}`),
    flagged: countFlagged(store, f),
    failures: {
      failed: failures.filter((r) => r.kind === 'failed').reduce((n, r) => n + r.count, 0),
      skipped: failures.filter((r) => r.kind === 'skipped').reduce((n, r) => n + r.count, 0),
      resolved: (stmt(store, 'SELECT count(*) AS n FROM failures WHERE resolved_run IS NOT NULL').get() as { n: number }).n,
      byStage: failures,
    },
    byEvent: all(`SELECT e.event AS event, count(*) AS events, round(sum(e.goldstein), 1) AS goldstein FROM events e ${w.sql} GROUP BY e.event ORDER BY events DESC, event`),
    byQuadClass: all(`SELECT e.quad_class AS quadClass, count(*) AS events, round(sum(e.goldstein), 1) AS goldstein FROM events e ${w.sql} GROUP BY e.quad_class ORDER BY e.quad_class`),
    byDay,
    byDyad: all(`SELECT e.actor_code AS actor, e.recipient_code AS recipient, count(*) AS events, round(sum(e.goldstein), 1) AS goldstein,
        round(avg(e.goldstein), 2) AS meanGoldstein
      FROM events e ${w.sql} GROUP BY e.actor_code, e.recipient_code ORDER BY events DESC, actor, recipient LIMIT ${Math.max(1, Math.floor(topDyads))}`),
  };
}
