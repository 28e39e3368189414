/**
 * `marsad eval`: score gold files and print the report (DESIGN §5).
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readGold } from '../eval/gold.js';
import { type DetectionScore, type GsrReport, gsrFolder, scoreGsrFolder, type SpanScore } from '../eval/gsr-score.js';
import { addCounts, type Counts, emptyCounts, type FileScore, prf, scoreFile } from '../eval/score.js';
import type { Resources } from '../resources.js';
import type { Io } from './code-command.js';
import { type DictionaryOptions, resourcesFor } from './dictionaries-option.js';

/**
 * Options of `marsad eval`. `dev` names a folder of held-out gold files (`*.jsonl`, texts inline)
 * scored after the others, in sections of their own and a total of their own.
 */
export interface EvalOptions extends DictionaryOptions { json?: boolean; shared?: string; gsr?: boolean; dev?: string }

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function ratio(a: number, b: number): string {
  return b === 0 ? '   —' : `${a}/${b}`;
}

function row(label: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  // with no prediction precision is undefined, with no required gold event recall is: shown as —
  const p = c.tp + c.fp === 0 ? '    —' : pct(precision);
  const r = c.tp + c.fn === 0 ? '    —' : pct(recall);
  return `${label.padEnd(34)} P ${p}  R ${r}  F1 ${pct(f1)}   tp ${String(c.tp).padStart(3)} fp ${String(c.fp).padStart(3)} fn ${String(c.fn).padStart(3)}  absent ${c.absentHits}  sector ${ratio(c.sectorAgree, c.sectorTotal)}  root ${ratio(c.rootAgree, c.rootTotal)}`
    + `  country A ${ratio(c.actorCountryAgree, c.actorCountryTotal)} R ${ratio(c.recipientCountryAgree, c.recipientCountryTotal)}`;
}

function report(f: FileScore): string[] {
  const lines = [`== ${f.file}`, row('all', f.total)];
  for (const [k, c] of Object.entries(f.byEvent).sort()) lines.push(row(`  event ${k}`, c));
  for (const [k, c] of Object.entries(f.byCategory).sort()) lines.push(row(`  category ${k}`, c));
  if (f.total.mentionsTotal > 0) lines.push(`mentions recognised: ${f.total.mentionsFound}/${f.total.mentionsTotal}`);
  for (const r of f.records) {
    const unrecognised = r.mentions?.missing ?? [];
    if (r.discrepancies.length === 0 && unrecognised.length === 0) continue;
    lines.push(`  ${r.id}:`);
    for (const d of r.discrepancies) lines.push(`    ${d.kind.padEnd(7)} ${d.event} ${d.actor} > ${d.recipient}${d.cameo ? ` (${d.cameo})` : ''}${d.ruleId ? ` [${d.ruleId}]` : ''}`);
    for (const m of unrecognised) lines.push(`    mention ${m} not recognised`);
  }
  return lines;
}

function detectionRow(label: string, d: DetectionScore): string {
  const c = d.counts;
  const p = c.tp + c.fp === 0 ? '    —' : pct(d.precision);
  const r = c.tp + c.fn === 0 ? '    —' : pct(d.recall);
  return `${label.padEnd(34)} P ${p}  R ${r}  F1 ${pct(d.f1)}   tp ${String(c.tp).padStart(3)} fp ${String(c.fp).padStart(3)} fn ${String(c.fn).padStart(3)} tn ${String(c.tn).padStart(4)}  fp on easy no ${c.fpEasy}, on difficult no ${c.fpDifficult}  ambiguous left out ${c.ambiguous}`;
}

function agreementRow(s: SpanScore): string {
  const a = (x: { agree: number; total: number }) => ratio(x.agree, x.total);
  return `${`  ${basename(s.file)} ${s.event}`.padEnd(34)} coded ${s.detected}/${s.records}  actor country ${a(s.actorCountry)} sector ${a(s.actorSector)}  recipient country ${a(s.recipientCountry)} sector ${a(s.recipientSector)}`;
}

/** The GSR section of the text report. */
function gsrReport(g: GsrReport): string[] {
  return [
    `== ${g.dir}: sentence detection (yes positive, easy/difficult no negative; negated, future, hypothetical events not counted)`,
    ...g.detection.map((d) => detectionRow(`  ${basename(d.file)} ${d.event}`, d)),
    detectionRow('  overall (micro)', g.overall),
    `== ${g.dir}: actor/recipient agreement with the annotators' consensus, on sentences coded with the type`,
    ...g.spans.map(agreementRow),
  ];
}

function defaultGoldFiles(shared: string): string[] | null {
  const dir = join(shared, 'gold');
  if (!existsSync(dir)) return null;
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

/** The `*.jsonl` files of the dev folder as given (so sections read `== test/dev/ar-dev.jsonl`), or null when the folder is not there. */
function devGoldFiles(dir: string): string[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

/** The held-out part of the report: scores of the dev folder's files and their own total. */
interface DevReport { dir: string; files: FileScore[]; total: Counts | null; message?: string }

function scoreDev(dir: string, resources: Resources): DevReport {
  const files = devGoldFiles(dir);
  if (files === null) return { dir, files: [], total: null, message: `dev folder ${dir} does not exist; skipped` };
  const scores = files.map((f) => scoreFile(f, readGold(f), resources));
  const total = emptyCounts();
  for (const s of scores) addCounts(total, s.total);
  return { dir, files: scores, total: scores.length > 0 ? total : null };
}

function devText(d: DevReport): string[] {
  if (d.message) return ['', `marsad eval: ${d.message}`];
  const lines = ['', ...d.files.flatMap(report)];
  if (d.total) lines.push('', row(`DEV TOTAL (micro, ${d.dir})`, d.total));
  else lines.push(`marsad eval: dev folder ${d.dir} holds no .jsonl`);
  return lines;
}

function devJson(d: DevReport): unknown {
  return { dir: d.dir, files: d.files.map((s) => ({ ...s, ...prf(s.total) })), total: d.total ? { ...d.total, ...prf(d.total) } : null, ...(d.message ? { message: d.message } : {}) };
}

/**
 * Runs `marsad eval`.
 *
 * @param files - gold files; when empty, every `gold/*.jsonl` under `--shared`, and the Arabic
 *   PROTEST/ASSAULT records of `reference/arabic/arabic_event_gsr/` there when present (unless
 *   `gsr` is false)
 * @param o - options; `o.dev` names a folder whose `*.jsonl` gold files (held-out records with their
 *   texts inline, e.g. `test/dev`) are scored after everything else, each in its own section, with a
 *   `DEV TOTAL` of their own that is not added to `TOTAL`, and under `dev` in the JSON; a missing
 *   folder is said in the report and skipped
 * @returns 0 (a report was printed, or there was nothing to score and that was said)
 * @throws InputError for an unreadable or invalid gold or GSR file
 */
export function runEval(files: string[], o: EvalOptions, io: Io): number {
  const shared = resolve(o.shared ?? '../shared');
  const goldFiles = (files.length > 0 ? files : defaultGoldFiles(shared)) ?? [];
  // the Arabic PROTEST/ASSAULT records are scored with the default gold files, not when files are named
  const gsr = files.length === 0 && o.gsr !== false ? scoreGsrFolder(gsrFolder(shared)) : null;
  if (goldFiles.length === 0 && !gsr && o.dev === undefined) {
    const message = `no gold files to score (${join(shared, 'gold')} does not exist or holds no .jsonl); nothing was evaluated`;
    io.out(o.json ? JSON.stringify({ files: [], total: null, gsr: null, message }) + '\n' : `marsad eval: ${message}\n`);
    return 0;
  }
  const resources = resourcesFor(o);
  const scores = goldFiles.map((f) => scoreFile(f, readGold(f, files.length > 0 ? undefined : shared), resources));
  const total = emptyCounts();
  for (const s of scores) addCounts(total, s.total);
  const dev = o.dev === undefined ? null : scoreDev(o.dev, resources);
  if (o.json) {
    const files = scores.map((s) => ({ ...s, ...prf(s.total) }));
    io.out(JSON.stringify({ files, total: scores.length > 0 ? { ...total, ...prf(total) } : null, gsr, ...(dev ? { dev: devJson(dev) } : {}) }, null, 2) + '\n');
    return 0;
  }
  const lines = scores.flatMap(report);
  if (scores.length > 0) lines.push('', row('TOTAL (micro)', total));
  else lines.push(`marsad eval: no gold files (${join(shared, 'gold')} does not exist or holds no .jsonl)`);
  if (gsr) lines.push('', ...gsrReport(gsr));
  if (dev) lines.push(...devText(dev));
  io.out(lines.join('\n') + '\n');
  return 0;
}
