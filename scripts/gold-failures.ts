/**
 * `npm run build && node dist/scripts/gold-failures.js GOLD.jsonl…`: a reading aid for failure
 * analysis of gold files (e.g. the held-out `test/dev/*.jsonl`). For each record that is not coded
 * exactly as its gold says, prints the text, then: required events matched by `marsad eval`'s rules
 * but with another date, mode or place than the gold records (`ok-but`), missed required events,
 * extra coded events with their trigger and rule, coded events matching an `absent` gold event, and
 * events left out as negated, future or hypothetical. Ends with the agreement on date, mode and place
 * over the matched required events that give one (place compared by gazetteer name). Then run
 * `marsad explain` on a record's text to see why. Exit code 0; 2 when a file is not valid gold.
 */
import { readGold, type GoldEvent, type GoldRecord } from '../src/eval/gold.js';
import { align } from '../src/eval/match.js';
import { codeDocument } from '../src/coder.js';
import { type Actor, type MarsadEvent, UNREAL_MODES } from '../src/model/event.js';
import { MarsadError } from '../src/errors.js';

type Tally = Record<'date' | 'mode' | 'place', [number, number]>;

const side = (a: GoldEvent['actor']): string => (a ? [a.country ?? '?', a.org, a.sector].filter(Boolean).join(':') : '*');
const sides = (l: readonly Actor[]): string => l.map((a) => [a.country ?? '?', a.org, a.sector].filter(Boolean).join(':')).join('+') || '—';
const coded = (p: MarsadEvent): string => `${p.event} ${sides(p.actor)} > ${sides(p.recipient)} «${p.triggerText}» [${p.ruleId}]`;

/** Compares date, mode and place of a matched pair, counting into the tally; returns the differences. */
function secondary(g: GoldEvent, p: MarsadEvent, tally: Tally): string[] {
  const out: string[] = [];
  const check = (key: keyof Tally, want: string | undefined, got: string | null | undefined): void => {
    if (want === undefined) return;
    tally[key][1]++;
    if (got === want) tally[key][0]++;
    else out.push(`${key} ${got ?? null} want ${want}`);
  };
  check('date', g.date, p.date);
  check('mode', g.mode, p.mode);
  check('place', g.location, p.location?.name);
  return out;
}

/** The lines of one record's failures (empty when it is coded as its gold says). */
function recordLines(r: GoldRecord, tally: Tally): string[] {
  const all = codeDocument({ id: r.id, text: r.text, lang: r.lang, publishedAt: r.date, source: r.source });
  const real = all.filter((e) => !e.auxiliary.some((x) => UNREAL_MODES.has(x)));
  const al = align(r.events, real);
  const lines: string[] = [];
  for (const [gi, pi] of al.pairs) {
    const p = real[pi] as MarsadEvent;
    const diff = secondary(r.events[gi] as GoldEvent, p, tally);
    if (diff.length > 0) lines.push(`  ok-but ${coded(p)}: ${diff.join('; ')}`);
  }
  for (const gi of al.missed) {
    const g = r.events[gi] as GoldEvent;
    lines.push(`  MISSED ${[g.event].flat().join('|')} ${side(g.actor)} > ${side(g.recipient)}${g.note ? `  -- ${g.note}` : ''}`);
  }
  for (const pi of al.extra) lines.push(`  EXTRA  ${coded(real[pi] as MarsadEvent)}`);
  for (const pi of al.absentHits) lines.push(`  ABSENT ${coded(real[pi] as MarsadEvent)}`);
  for (const p of all) if (!real.includes(p)) lines.push(`  (left out: ${p.auxiliary.join(',')}) ${coded(p)}`);
  return lines.length === 0 ? [] : [`${r.id} [${(r.category ?? []).join(',')}]`, `  ${r.text}`, ...lines];
}

function main(files: string[]): number {
  const tally: Tally = { date: [0, 0], mode: [0, 0], place: [0, 0] };
  try {
    for (const f of files) for (const r of readGold(f)) for (const l of recordLines(r, tally)) console.log(l);
  } catch (err) {
    if (err instanceof MarsadError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  const ratio = ([a, b]: [number, number]): string => `${a}/${b}`;
  console.log(`matched required events: date ${ratio(tally.date)}, mode ${ratio(tally.mode)}, place ${ratio(tally.place)}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
