/**
 * Runs the golden records of `test/golden/*.jsonl` (written for Marsad; see its README).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { codeDocument } from '../coder.js';
import { PACKAGE_ROOT } from '../data/paths.js';
import { type Actor, type MarsadEvent, UNREAL_MODES } from '../model/event.js';

interface Expected { event: string; actor?: string; recipient?: string; aux?: string[]; cameo?: string; date?: string; place?: string | null }
interface GoldenRecord { id: string; lang: "ar" | "en"; date: string | null; text: string; source?: string; sourceCountry?: string; expect?: Expected[]; forbid?: Expected[] }

function sideMatches(spec: string | undefined, actors: readonly Actor[]): boolean {
  if (spec === undefined || spec === '*') return true;
  const [code = '', sector] = spec.split(':');
  const [country, org] = code.split('/');
  return actors.some((a) => (country === '*' || a.country === country) && (!org || a.org === org) && (!sector || a.sector === sector));
}

function matches(x: Expected, e: MarsadEvent): boolean {
  return e.event === x.event && sideMatches(x.actor, e.actor) && sideMatches(x.recipient, e.recipient)
    && (x.cameo === undefined || e.cameo === x.cameo) && (x.date === undefined || e.date === x.date)
    && (x.place === undefined || (e.location?.name ?? null) === x.place)
    && (x.aux === undefined || (x.aux.length === 0 ? e.auxiliary.filter((a) => UNREAL_MODES.has(a)).length === 0 : x.aux.every((a) => e.auxiliary.includes(a as never))));
}

function show(events: readonly MarsadEvent[]): string {
  const side = (xs: readonly Actor[]) => xs.map((a) => [a.country, a.org, a.sector].filter(Boolean).join(':')).join('+') || '?';
  return events.map((e) => `${e.event} ${e.cameo} ${side(e.actor)}>${side(e.recipient)} ${e.date} ${e.location?.name ?? '-'} [${e.auxiliary.join(',')}] ${e.ruleId}`).join('\n  ') || '(none)';
}

const dir = join(PACKAGE_ROOT, 'test', 'golden');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const line of lines) {
    const r = JSON.parse(line) as GoldenRecord;
    test(`golden ${file.replace('.jsonl', '')}: ${r.id}`, () => {
      const events = codeDocument({ id: r.id, text: r.text, lang: r.lang, publishedAt: r.date ?? undefined, source: r.source, sourceCountry: r.sourceCountry });
      for (const x of r.expect ?? []) assert.ok(events.some((e) => matches(x, e)), `expected ${JSON.stringify(x)}; coded:\n  ${show(events)}`);
      const real = events.filter((e) => !e.auxiliary.some((a) => UNREAL_MODES.has(a)));
      for (const x of r.forbid ?? []) assert.ok(!real.some((e) => matches(x, e)), `forbidden ${JSON.stringify(x)}; coded:\n  ${show(events)}`);
    });
  }
}
