/**
 * `marsad explain`: for each sentence, the tokens, the actor phrases and places recognised, the
 * dates and cue words, and for each trigger the rules tried and why it was or was not coded — the
 * answer to "why did Marsad code this".
 */
import { basename } from 'node:path';
import { analyzeDocument } from '../coder.js';
import type { Analysis } from '../pipeline/analysis.js';
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import { type CodeOptions, type Io, checkOptions, langOf, warnOutlet } from './code-command.js';
import { resourcesFor } from './dictionaries-option.js';
import { readInput } from './io.js';
import { DEFAULT_PIPELINE } from '../pipeline/default.js';

function actorLine(text: string, r: ResolvedActor): string {
  const who = r.actors.map((x) => [x.country ?? '?', x.org, x.sector].filter(Boolean).join(' ')).join(' + ');
  const where = r.place ? ` @ ${r.place.name} (${r.place.country})` : '';
  const how = [r.headType, r.kind === 'pair' ? 'the two sides' : '', r.preposition ? `after ${r.preposition}` : '', r.adjectival ? 'adjectival' : '', r.posting ? 'posting' : '']
    .filter(Boolean).join(', ');
  return `«${text.slice(r.start, r.end)}» → ${who || 'place'}${where} [${how}]`;
}

/** The explanation of one analysed document, as lines of text. */
export function explainLines(a: Analysis): string[] {
  const text = a.doc.text;
  const lines: string[] = [`document ${a.doc.id} (${a.doc.lang}), published ${a.doc.publishedAt ?? 'unknown'}, outlet country ${a.doc.sourceCountry ?? 'unknown'}`];
  for (const s of a.sentences ?? []) {
    lines.push('', `[${s.index}]${s.dateline ? ' (dateline)' : ''} ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    lines.push(`  tokens: ${(a.tokens ?? []).slice(s.tokenStart, s.tokenEnd).map((t) => t.norm).join(' ')}`);
    for (const r of (a.actors ?? []).filter((x) => x.sentence === s.index)) lines.push(`  actor: ${actorLine(text, r)}`);
    for (const d of (a.dates ?? []).filter((x) => x.sentence === s.index)) lines.push(`  date: «${text.slice(d.start, d.end)}» → ${d.date} (${d.source}${d.future ? ', future' : ''})`);
    const cues = (a.cues ?? []).filter((c) => c.sentence === s.index && c.cue !== 'preposition');
    if (cues.length > 0) lines.push(`  cues: ${cues.map((c) => `${c.cue} «${text.slice(c.start, c.end)}»`).join(', ')}`);
    for (const t of (a.trace ?? []).filter((x) => x.sentence === s.index)) {
      lines.push(`  trigger «${text.slice(t.start, t.end)}» [${t.rules.join(', ')}]: ${t.outcome}`);
    }
  }
  const events = a.events ?? [];
  lines.push('', `${events.length} event${events.length === 1 ? '' : 's'} after merging`);
  for (const e of events) {
    const side = (xs: typeof e.actor) => xs.map((x) => [x.country ?? '?', x.org, x.sector].filter(Boolean).join(' ')).join(' + ') || '(unknown)';
    lines.push(`  ${e.id}: ${e.event} ${e.cameo} ${side(e.actor)} → ${side(e.recipient)}, ${e.date ?? 'no date'}${e.auxiliary.length ? ` [${e.auxiliary.join(', ')}]` : ''}, reports in sentences ${e.evidence.map((x) => x.sentence).join(', ')}`);
  }
  return lines;
}

/**
 * Runs `marsad explain`.
 *
 * @returns 0
 * @throws InputError for a bad option value or an unreadable input
 */
export function runExplain(file: string | undefined, o: Omit<CodeOptions, 'format' | 'jsonl'>, io: Io): number {
  checkOptions({ ...o, format: 'jsonl' });
  warnOutlet({ ...o, format: 'jsonl' }, io);
  const text = readInput(file);
  const id = !file || file === '-' ? 'stdin' : basename(file).replace(/\.[^.]+$/, '');
  const a = analyzeDocument({ id, text, lang: langOf({ ...o, format: 'jsonl' }), publishedAt: o.date, source: o.source, sourceCountry: o.sourceCountry }, DEFAULT_PIPELINE, resourcesFor(o));
  io.out(explainLines(a).join('\n') + '\n');
  return 0;
}
