/**
 * Hijri (Islamic) dates to Gregorian, through the Umm al-Qura calendar of ICU, which Node ships
 * (`Intl.DateTimeFormat` with `-u-ca-islamic-umalqura`): the calendar Saudi Arabia and most Gulf
 * outlets date by. A Hijri date is found by formatting the Gregorian days around an estimate.
 */
import { addDays, utcDate } from './calendar.js';

const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
/** 1 Muharram 1 AH, 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian). */
const EPOCH = utcDate(622, 7, 19);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

/** The Umm al-Qura Hijri date of a Gregorian day. */
export function toHijri(d: Date): { year: number; month: number; day: number } {
  const parts = FORMAT.formatToParts(d);
  const num = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: num('year'), month: num('month'), day: num('day') };
}

/**
 * The Gregorian date of a Hijri date.
 *
 * @param year - Hijri year (1–1600 is searched; Umm al-Qura tables are exact from 1356 to 1500 AH)
 * @param month - 1 (Muharram) to 12 (Dhu al-Hijjah)
 * @param day - 1 to 30
 * @returns the UTC date, or null when no such day exists (a 30th of a 29-day month, a bad month)
 */
export function fromHijri(year: number, month: number, day: number): Date | null {
  if (!Number.isInteger(year) || year < 1 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const estimate = addDays(EPOCH, Math.round((year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH + (day - 1)));
  for (let offset = 0; offset <= 40; offset++) {
    for (const sign of offset === 0 ? [0] : [-1, 1]) {
      const candidate = addDays(estimate, sign * offset);
      const h = toHijri(candidate);
      if (h.year === year && h.month === month && h.day === day) return candidate;
    }
  }
  return null;
}
