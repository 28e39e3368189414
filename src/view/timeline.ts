/**
 * Shaping the dashboard's timeline: the span of days where most events fall, so that a few events
 * dated years away (an anniversary, a war recalled) do not squeeze the rest into one column.
 */

/**
 * The first and last day between which all but a small share of the events fall: the days before
 * the first `tail` share of events and after the last `tail` share are left out.
 *
 * @param days - per-day counts in date order (ISO 8601 dates)
 * @param tail - the share of events that may be cut at each end, 0…0.5
 * @returns the ISO dates of the first and last day kept, or null when there are no events
 * @example
 * coreRange([{date: '2001-09-11', events: 1}, {date: '2015-07-30', events: 60}, {date: '2015-08-01', events: 39}], 0.02);
 * // → {from: '2015-07-30', to: '2015-08-01'}
 */
export function coreRange(days: ReadonlyArray<{ date: string; events: number }>, tail = 0.02): { from: string; to: string } | null {
  const total = days.reduce((n, d) => n + d.events, 0);
  if (total === 0) return null;
  const cut = total * tail;
  let seen = 0;
  let from = days[0]!.date;
  for (const d of days) {
    if (seen + d.events > cut) { from = d.date; break; }
    seen += d.events;
  }
  seen = 0;
  let to = days[days.length - 1]!.date;
  for (let i = days.length - 1; i >= 0; i--) {
    const d = days[i]!;
    if (seen + d.events > cut) { to = d.date; break; }
    seen += d.events;
  }
  return { from, to };
}
