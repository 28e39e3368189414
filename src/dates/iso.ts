/**
 * Strict ISO 8601 dates and date-times as inputs give them (JSON Lines, CSV, feeds): the calendar
 * date of `YYYY-MM-DD`, optionally followed by a time `THH:MM[:SS[.fraction]]` and a zone (`Z`,
 * `±HH:MM`, `±HHMM`, `±HH`). A space may stand for the `T` (RFC 3339 §5.6 allows it; SQL dumps
 * write it). Source: ISO 8601-1:2019 extended format, as profiled by RFC 3339 §5.6.
 */
import { parseIsoDate } from './calendar.js';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/i;

/**
 * The calendar date of an ISO 8601 date or date-time, as written (no shift to UTC).
 *
 * @param s - e.g. `2025-03-02`, `2025-03-02T14:05`, `2025-03-02T14:05:09.5+03:00`
 * @returns `YYYY-MM-DD`, or null when `s` is not a real date (`2025-02-30`), has an impossible time
 *   (`T25:00`, `T12:60`) or zone (`+24:00`), or anything else after the date (`T99`, `2025-03-02x`)
 * @example
 * isoDay('2025-03-02T23:59:60Z') // → '2025-03-02' (a leap second)
 * isoDay('9999-12-31T99')        // → null
 */
export function isoDay(s: string): string | null {
  const m = DATE_TIME.exec(s);
  if (!m || parseIsoDate(m[1]!) === null) return null;
  const [, , hour, minute, second, zone, zoneHour, zoneMinute] = m;
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) return null;
  if (second !== undefined && Number(second) > 60) return null;
  if (zone !== undefined && zoneHour !== undefined && (Number(zoneHour) > 23 || Number(zoneMinute ?? '0') > 59)) return null;
  return m[1]!;
}

/** What {@link isoDay} accepts, for messages. */
export const ISO_DATE_FORMS = 'an ISO 8601 date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]';
