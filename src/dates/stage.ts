/**
 * Date resolution (DESIGN §3 `date`, `dateSource`): relative expressions (اليوم، أمس، غداً، الأسبوع
 * الماضي, weekday names alone or after اليوم/أمس, "on Tuesday") and explicit dates (day, month name
 * in either Arabic Gregorian system or a Hijri month, optional year; numeric d/m/y, Hijri with هـ or
 * a year of 1300–1600 AH) resolved against the publication date.
 */
import type { LexMatch } from '../lexicon/lexicon.js';
import type { Token } from '../model/document.js';
import type { Analysis } from '../pipeline/analysis.js';
import type { Stage } from '../pipeline/stage.js';
import { addDays, addMonths, type CalendarPayload, inIsoRange, isoDate, parseIsoDate, utcDate, weekdayNear } from './calendar.js';
import type { DateMention } from './date-mention.js';
import { fromHijri, toHijri } from './hijri.js';

type CalMatch = LexMatch<CalendarPayload>;

function payload(m: CalMatch | undefined): CalendarPayload | undefined {
  return m?.entries[0]?.payload;
}

const HIJRI_MARKERS = new Set(['ه', 'هجري', 'هجريه', 'ah']);

function explicitDate(tokens: readonly Token[], m: CalMatch, pub: Date): { date: Date; from: number; to: number } | null {
  const day = tokens[m.tokenStart - 1];
  if (!day || day.kind !== 'number' || !/^\d{1,2}$/.test(day.norm)) return null;
  const year = tokens[m.tokenEnd];
  const hijri = payload(m)?.kind === 'hijri-month';
  const explicitYear = year?.kind === 'number' && /^\d{4}$/.test(year.norm) ? Number(year.norm) : null;
  const month = payload(m)?.value ?? 1;
  let to = explicitYear !== null ? m.tokenEnd + 1 : m.tokenEnd;
  if (HIJRI_MARKERS.has(tokens[to]?.norm ?? '')) to++;
  if (hijri) {
    const d = fromHijri(explicitYear ?? toHijri(pub).year, month, Number(day.norm));
    return d ? { date: d, from: m.tokenStart - 1, to } : null;
  }
  const d = utcDate(explicitYear ?? pub.getUTCFullYear(), month, Number(day.norm));
  if (d.getUTCMonth() !== month - 1) return null;
  return { date: d, from: m.tokenStart - 1, to };
}

/**
 * Numeric dates: «15/8/1436هـ» (Hijri: a year between 1300 and 1600, or the هـ marker) and
 * «29/10/2024» (day/month/year, as the Arabic press writes them).
 */
function numericDates(tokens: readonly Token[], from: number, to: number, sentence: number, pubIso: string): DateMention[] {
  const out: DateMention[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const m = t.kind === 'number' ? /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t.norm) : null;
    if (!m) continue;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const marked = HIJRI_MARKERS.has(tokens[i + 1]?.norm ?? '');
    const hijri = marked || (year >= 1300 && year <= 1600);
    const date = hijri ? fromHijri(year, month, day) : utcDate(year, month, day);
    if (!date || !inIsoRange(date) || (!hijri && date.getUTCMonth() !== month - 1)) continue;
    const end = marked ? i + 2 : i + 1;
    const iso = isoDate(date);
    out.push({ sentence, tokenStart: i, tokenEnd: end, start: t.start, end: (tokens[end - 1] as Token).end, date: iso, source: 'explicit', future: iso > pubIso, approximate: false });
  }
  return out;
}

/** How many tokens after a future marker a weekday still looks forward. */
const FUTURE_REACH = 6;

function resolveSentence(a: Analysis, matches: CalMatch[], pub: Date, pubIso: string, sentence: number, futureAt: (token: number) => boolean): DateMention[] {
  const tokens = a.tokens!;
  const out: DateMention[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as CalMatch;
    const p = payload(m);
    if (!p) continue;
    let date: Date | null = null;
    let from = m.tokenStart;
    let to = m.tokenEnd;
    let approximate = false;
    let source: DateMention['source'] = 'relative';
    if (p.kind === 'relative') {
      date = addDays(pub, p.value);
      const next = matches[k + 1];
      if (next && next.tokenStart === m.tokenEnd && payload(next)?.kind === 'weekday') { to = next.tokenEnd; k++; }
    } else if (p.kind === 'relative-week' || p.kind === 'relative-month') {
      date = p.kind === 'relative-week' ? addDays(pub, 7 * p.value) : addMonths(pub, p.value);
      approximate = true;
    } else if (p.kind === 'weekday') {
      date = weekdayNear(pub, p.value, futureAt(m.tokenStart));
    } else if (p.kind === 'month' || p.kind === 'hijri-month') {
      const e = explicitDate(tokens, m, pub);
      if (!e) continue;
      ({ date, from, to } = e);
      source = 'explicit';
    }
    if (!date || !inIsoRange(date)) continue;
    const iso = isoDate(date);
    out.push({
      sentence, tokenStart: from, tokenEnd: to, start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end,
      date: iso, source, future: iso > pubIso, approximate,
    });
  }
  return out;
}

/** The date stage. */
export const dateStage: Stage = {
  name: 'dates',
  requires: ['sentences', 'cues', 'triggers'],
  assigns: ['dates'],
  run(a) {
    const pub = a.doc.publishedAt ? parseIsoDate(a.doc.publishedAt) : null;
    if (!pub) {
      a.dates = [];
      return;
    }
    const lex = a.resources.lang[a.doc.lang].calendar;
    // a weekday looks forward only right after a future marker («سيزور … يوم الأحد»); otherwise back
    const futureEnds = a.cues!.filter((c) => c.cue === 'future' || c.reading?.split?.future === true).map((c) => c.tokenEnd);
    const futureTriggers = a.triggers!.filter((t) => t.reading.split?.future === true).map((t) => t.tokenEnd);
    const marks = [...futureEnds, ...futureTriggers];
    const pubIso = isoDate(pub);
    const futureAt = (start: number): boolean => marks.some((e) => e <= start && start - e <= FUTURE_REACH);
    a.dates = a.sentences!.flatMap((s) => {
      const found = resolveSentence(a, lex.match(a.tokens!, s.tokenStart, s.tokenEnd), pub, pubIso, s.index, futureAt);
      const numeric = numericDates(a.tokens!, s.tokenStart, s.tokenEnd, s.index, pubIso);
      return (numeric.length > 0 ? found.concat(numeric) : found).sort((x, y) => x.tokenStart - y.tokenStart);
    });
  },
};
