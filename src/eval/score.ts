/**
 * Scores gold files (DESIGN §5): codes each record, aligns predictions with gold events and adds up
 * precision, recall and F1 per file, per event type and per category, with `absent` hits, sector
 * agreement and CAMEO-root agreement as their own columns. Events flagged negated, future or
 * hypothetical are left out of scoring.
 */
import { analyzeDocument } from '../coder.js';
import { type MarsadEvent, UNREAL_MODES } from '../model/event.js';
import { DEFAULT_PIPELINE } from '../pipeline/default.js';
import { loadResources, type Resources } from '../resources.js';
import { countryAgreement } from './agreement.js';
import type { GoldEvent, GoldRecord } from './gold.js';
import { align, sectorAgreement } from './match.js';
import { type MentionScore, scoreMentions } from './mentions.js';

/** Counts behind precision and recall. */
export interface Counts {
  tp: number; fp: number; fn: number; absentHits: number; sectorAgree: number; sectorTotal: number; rootAgree: number; rootTotal: number;
  /** Actor and recipient country agreement over gold events paired by type alone (see `./agreement.ts`). */
  actorCountryAgree: number; actorCountryTotal: number; recipientCountryAgree: number; recipientCountryTotal: number;
  /** Gold `mentions` recognised with their codes (see `./mentions.ts`). */
  mentionsFound: number; mentionsTotal: number;
}

/** A missed or extra event, for the listing. */
export interface Discrepancy { kind: 'missed' | 'extra' | 'absent'; event: string; actor: string; recipient: string; ruleId: string | null; cameo: string | null }

/** The score of one record. */
export interface RecordScore { id: string; counts: Counts; discrepancies: Discrepancy[]; categories: string[]; mentions: MentionScore | null }

/** The score of one gold file. */
export interface FileScore {
  file: string;
  records: RecordScore[];
  total: Counts;
  byEvent: Record<string, Counts>;
  byCategory: Record<string, Counts>;
}

/** Zeroed counts. */
export function emptyCounts(): Counts {
  return {
    tp: 0, fp: 0, fn: 0, absentHits: 0, sectorAgree: 0, sectorTotal: 0, rootAgree: 0, rootTotal: 0,
    actorCountryAgree: 0, actorCountryTotal: 0, recipientCountryAgree: 0, recipientCountryTotal: 0, mentionsFound: 0, mentionsTotal: 0,
  };
}

/** Adds counts into a running total. */
export function addCounts(into: Counts, c: Counts): void {
  for (const k of Object.keys(into) as Array<keyof Counts>) into[k] += c[k];
}

/** Precision, recall and F1 of counts (1 when there is nothing to get wrong). */
export function prf(c: Pick<Counts, 'tp' | 'fp' | 'fn'>): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function describe(actors: ReadonlyArray<{ country?: string | null; sector?: string | null; org?: string | null }> | null | undefined): string {
  if (!actors || actors.length === 0) return '—';
  return actors.map((a) => [a.country ?? '?', a.org, a.sector].filter(Boolean).join(':')).join('+');
}

function goldSide(a: GoldEvent['actor']): string {
  return a ? describe([a]) : '*';
}

function bump(map: Record<string, Counts>, key: string, f: (c: Counts) => void): void {
  f((map[key] ??= emptyCounts()));
}

/** Scores one record's predictions against its gold events. */
export function scoreRecord(record: GoldRecord, predicted: readonly MarsadEvent[], byEvent: Record<string, Counts>): RecordScore {
  const real = predicted.filter((e) => !e.auxiliary.some((x) => UNREAL_MODES.has(x)));
  const al = align(record.events, real);
  const counts = emptyCounts();
  const discrepancies: Discrepancy[] = [];
  for (const [gi, pi] of al.pairs) {
    const g = record.events[gi] as GoldEvent;
    const p = real[pi] as MarsadEvent;
    counts.tp++;
    bump(byEvent, p.event, (c) => c.tp++);
    const [agree, total] = sectorAgreement(g, p);
    counts.sectorAgree += agree;
    counts.sectorTotal += total;
    if (g.cameo) {
      counts.rootTotal++;
      if (g.cameo.slice(0, 2) === p.cameo.slice(0, 2)) counts.rootAgree++;
    }
  }
  for (const gi of al.missed) {
    const g = record.events[gi] as GoldEvent;
    counts.fn++;
    const type = Array.isArray(g.event) ? g.event.join('|') : g.event;
    bump(byEvent, type, (c) => c.fn++);
    discrepancies.push({ kind: 'missed', event: type, actor: goldSide(g.actor), recipient: goldSide(g.recipient), ruleId: null, cameo: g.cameo ?? null });
  }
  for (const pi of [...al.extra, ...al.absentHits]) {
    const p = real[pi] as MarsadEvent;
    counts.fp++;
    const absent = al.absentHits.includes(pi);
    if (absent) counts.absentHits++;
    bump(byEvent, p.event, (c) => { c.fp++; if (absent) c.absentHits++; });
    discrepancies.push({ kind: absent ? 'absent' : 'extra', event: p.event, actor: describe(p.actor), recipient: describe(p.recipient), ruleId: p.ruleId, cameo: p.cameo });
  }
  const country = countryAgreement(record.events, real);
  [counts.actorCountryAgree, counts.actorCountryTotal] = country.actor;
  [counts.recipientCountryAgree, counts.recipientCountryTotal] = country.recipient;
  return { id: record.id, counts, discrepancies, categories: record.category ?? [], mentions: null };
}

/**
 * Codes and scores every record of a gold file.
 *
 * @param resources - the dictionaries to code with (default: the built-in ones)
 */
export function scoreFile(file: string, records: readonly GoldRecord[], resources: Resources = loadResources()): FileScore {
  const out: FileScore = { file, records: [], total: emptyCounts(), byEvent: {}, byCategory: {} };
  for (const record of records) {
    const analysis = analyzeDocument({ id: record.id, text: record.text, lang: record.lang, publishedAt: record.date, source: record.source }, DEFAULT_PIPELINE, resources);
    const score = scoreRecord(record, analysis.events ?? [], out.byEvent);
    if (record.mentions) {
      score.mentions = scoreMentions(record.mentions, analysis);
      score.counts.mentionsFound = score.mentions.found;
      score.counts.mentionsTotal = score.mentions.total;
    }
    out.records.push(score);
    addCounts(out.total, score.counts);
    for (const cat of score.categories) bump(out.byCategory, cat, (c) => addCounts(c, score.counts));
  }
  return out;
}
