/**
 * Calendar words (`data/dates/calendar.tsv`) and ISO date arithmetic in UTC.
 */
import { z } from 'zod';
import { BUILTIN_LAYERS, type DataLayers, readLayered } from '../data/layers.js';
import { type IssueSink, THROWING_SINK } from '../data/tsv.js';
import type { LexEntry } from '../lexicon/lexicon.js';
import { lemmaWords } from '../lexicon/words.js';
import type { Lang } from '../model/document.js';

/** What a calendar word means. */
export interface CalendarPayload { kind: 'weekday' | 'month' | 'hijri-month' | 'relative' | 'relative-week' | 'relative-month'; value: number }

const schema = z.object({
  id: z.string().regex(/^(ar|en)-[a-z0-9-]+$/), lang: z.enum(['ar', 'en']), phrase: z.string().min(1),
  kind: z.enum(['weekday', 'month', 'hijri-month', 'relative', 'relative-week', 'relative-month']), value: z.coerce.number().int().min(-31).max(31),
});

/**
 * Calendar entries of one language.
 *
 * @param layers - the built-in calendar, and a user's `dates/calendar.tsv` over it
 * @param sink - where problems go (by default the first one throws a DataError naming file:line)
 */
export function loadCalendar(lang: Lang, layers: DataLayers = BUILTIN_LAYERS, sink: IssueSink = THROWING_SINK): Array<LexEntry<CalendarPayload>> {
  return readLayered(layers, 'dates/calendar.tsv', schema, sink).filter((r) => r.lang === lang).map((r) => ({
    id: r.id, lang, words: lemmaWords(r.phrase, 'fixed', lang), payload: { kind: r.kind, value: r.value },
  }));
}

/**
 * A UTC date from year, month (1–12) and day; years below 100 stay themselves (Date.UTC would read
 * 50 as 1950). Months and days out of range roll over as in Date.UTC.
 */
export function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

/** Parses `YYYY-MM-DD` into a UTC date, or null when it is not a real calendar date. */
export function parseIsoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = utcDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoDate(d) === s ? d : null;
}

/** Formats a UTC date as `YYYY-MM-DD` (years 0000–9999; beyond that the ISO form would need a sign). */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** True when a date can be written as `YYYY-MM-DD`. */
export function inIsoRange(d: Date): boolean {
  const y = d.getUTCFullYear();
  return y >= 0 && y <= 9999;
}

/** Adds days (or months) to a UTC date. */
export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** Adds calendar months to a UTC date, keeping the day where the month has it. */
export function addMonths(d: Date, months: number): Date {
  return utcDate(d.getUTCFullYear(), d.getUTCMonth() + 1 + months, d.getUTCDate());
}

/**
 * The date of a weekday relative to a reference date: the latest such day on or before it, or the
 * earliest on or after it when `forward`.
 */
export function weekdayNear(ref: Date, weekday: number, forward: boolean): Date {
  const diff = weekday - ref.getUTCDay();
  if (forward) return addDays(ref, (diff + 7) % 7);
  return addDays(ref, -((7 - diff) % 7));
}
