/**
 * Scores the Arabic PROTEST/ASSAULT gold records (DESIGN §5) read by `gsr.ts`:
 *
 * - **Detection**, per sentence: a sentence is detected when the coder emits, for it alone, an
 *   event of the row's type that is not flagged negated, future or hypothetical (those did not
 *   happen and are left out of counts, DESIGN §3). `yes` rows are positives, `easy no` and
 *   `difficult no` negatives; `ambiguous` rows are left out and counted apart. Any actor counts
 *   (the annotators were asked whether the sentence reports an event of the type, not who did it),
 *   and `reported` and `historical` events count like any other; what the coder itself declines to
 *   code — an event naming no party and no place, a bare Arabic imperfect, a verbal noun no verb
 *   reports — is not detected. The labels are strict (`yes` only when every annotator accepted), so
 *   a real event in a background clause is often a `difficult no`.
 * - **Agreement**, per span record: among the record's detected events of its type, the one that
 *   agrees best with the annotators' consensus; its actor and recipient country and sector are
 *   compared with the consensus source and target wherever the consensus names one.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { codeDocument } from '../coder.js';
import { type Actor, type MarsadEvent, type PloverEvent, UNREAL_MODES } from '../model/event.js';
import { type GsrSentence, type GsrSide, type GsrSpanRecord, readGsrCsv, readGsrSpans } from './gsr.js';
import { prf } from './score.js';

/** Codes one sentence (Arabic, no publication date, no outlet). */
export type SentenceCoder = (text: string) => readonly MarsadEvent[];

/** Detection counts; `tn` are negatives left undetected, `ambiguous` rows are not scored. */
export interface DetectionCounts { tp: number; fp: number; fn: number; tn: number; fpEasy: number; fpDifficult: number; ambiguous: number }

/** The detection score of one event type in one file (or overall, with file `*`). */
export interface DetectionScore { file: string; event: PloverEvent | '*'; counts: DetectionCounts; precision: number; recall: number; f1: number }

/** Agreeing / compared. */
export interface Agreement { agree: number; total: number }

/** The agreement score of one event type in one span file. */
export interface SpanScore {
  file: string;
  event: PloverEvent;
  records: number;
  /** Records for which an event of the type was coded. */
  detected: number;
  actorCountry: Agreement;
  actorSector: Agreement;
  recipientCountry: Agreement;
  recipientSector: Agreement;
}

/** Everything `marsad eval` reports on the folder. */
export interface GsrReport { dir: string; detection: DetectionScore[]; overall: DetectionScore; spans: SpanScore[] }

function emptyDetection(): DetectionCounts {
  return { tp: 0, fp: 0, fn: 0, tn: 0, fpEasy: 0, fpDifficult: 0, ambiguous: 0 };
}

function withPrf(file: string, event: PloverEvent | '*', counts: DetectionCounts): DetectionScore {
  return { file, event, counts, ...prf(counts) };
}

/** The events of a sentence that happened (not negated, future or hypothetical) and are of a type. */
export function realEventsOf(events: readonly MarsadEvent[], type: PloverEvent): MarsadEvent[] {
  return events.filter((e) => e.event === type && !e.auxiliary.some((x) => UNREAL_MODES.has(x)));
}

/** A coder that codes each distinct text once. */
export function memoCoder(code: SentenceCoder = (text) => codeDocument({ id: 'gsr', text, lang: 'ar' })): SentenceCoder {
  const memo = new Map<string, readonly MarsadEvent[]>();
  return (text) => {
    let events = memo.get(text);
    if (!events) memo.set(text, (events = code(text)));
    return events;
  };
}

/**
 * Scores sentence detection, one score per event type found in the rows.
 *
 * @param file - how the rows' file is named in the score
 */
export function scoreDetection(file: string, rows: readonly GsrSentence[], code: SentenceCoder): DetectionScore[] {
  const byType = new Map<PloverEvent, DetectionCounts>();
  for (const row of rows) {
    let c = byType.get(row.event);
    if (!c) byType.set(row.event, (c = emptyDetection()));
    if (row.label === 'ambiguous') {
      c.ambiguous++;
      continue;
    }
    const detected = realEventsOf(code(row.text), row.event).length > 0;
    if (row.label === 'yes') {
      if (detected) c.tp++;
      else c.fn++;
    } else if (detected) {
      c.fp++;
      if (row.label === 'easy no') c.fpEasy++;
      else c.fpDifficult++;
    } else c.tn++;
  }
  return [...byType].sort(([x], [y]) => x.localeCompare(y)).map(([event, counts]) => withPrf(file, event, counts));
}

function sideAgreement(gold: GsrSide, predicted: readonly Actor[]): { country: boolean | null; sector: boolean | null } {
  const country = gold.country ? predicted.some((a) => a.country !== null && gold.country!.includes(a.country)) : null;
  const sector = gold.sector ? predicted.some((a) => a.sector !== null && gold.sector!.includes(a.sector)) : null;
  return { country, sector };
}

function agreements(r: GsrSpanRecord, e: MarsadEvent): Array<boolean | null> {
  const a = sideAgreement(r.source, e.actor);
  const t = sideAgreement(r.target, e.recipient);
  return [a.country, a.sector, t.country, t.sector];
}

/** Scores actor/recipient agreement on span records, one score per event type found. */
export function scoreSpans(file: string, records: readonly GsrSpanRecord[], code: SentenceCoder): SpanScore[] {
  const byType = new Map<PloverEvent, SpanScore>();
  for (const r of records) {
    let s = byType.get(r.event);
    if (!s) {
      const zero = (): Agreement => ({ agree: 0, total: 0 });
      byType.set(r.event, (s = { file, event: r.event, records: 0, detected: 0, actorCountry: zero(), actorSector: zero(), recipientCountry: zero(), recipientSector: zero() }));
    }
    s.records++;
    const candidates = realEventsOf(code(r.text), r.event);
    if (candidates.length === 0) continue;
    s.detected++;
    const score = (e: MarsadEvent) => agreements(r, e).filter((x) => x === true).length;
    const best = [...candidates].sort((x, y) => score(y) - score(x))[0] as MarsadEvent;
    const slots = [s.actorCountry, s.actorSector, s.recipientCountry, s.recipientSector];
    agreements(r, best).forEach((ok, k) => {
      if (ok === null) return;
      const slot = slots[k] as Agreement;
      slot.total++;
      if (ok) slot.agree++;
    });
  }
  return [...byType.values()].sort((x, y) => x.event.localeCompare(y.event));
}

/** The folder of the gold records under a shared folder. */
export function gsrFolder(shared: string): string {
  return join(shared, 'reference', 'arabic', 'arabic_event_gsr');
}

/**
 * Scores every `*_gsr.csv` (detection) and `*_spans.json` (agreement) of a folder, in name order.
 *
 * @returns the report, or null when the folder does not exist or holds neither kind of file
 * @throws InputError for an unreadable or malformed file (see {@link readGsrCsv}, {@link readGsrSpans})
 */
export function scoreGsrFolder(dir: string, code: SentenceCoder = memoCoder()): GsrReport | null {
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir).sort();
  const csvs = names.filter((f) => f.endsWith('_gsr.csv'));
  const spanFiles = names.filter((f) => f.endsWith('_spans.json'));
  if (csvs.length === 0 && spanFiles.length === 0) return null;
  const detection = csvs.flatMap((f) => scoreDetection(join(dir, f), readGsrCsv(join(dir, f)), code));
  const total = emptyDetection();
  for (const d of detection) for (const k of Object.keys(total) as Array<keyof DetectionCounts>) total[k] += d.counts[k];
  const spans = spanFiles.flatMap((f) => scoreSpans(join(dir, f), readGsrSpans(join(dir, f)), code));
  return { dir, detection, overall: withPrf('*', '*', total), spans };
}
