/**
 * Rule examples: the `example` column of `data/rules/events-*.tsv`. Every rule carries at least one
 * sentence written for Marsad with the coding it must produce; `rule-examples.test.ts` codes each
 * sentence and checks that the rule fired and the coding is right, so an example is also a test.
 *
 * Format of the column: one or more examples separated by ` || `, each
 * `SENTENCE => EVENT [CAMEO] ACTOR>RECIPIENT [AUX,…]`, e.g.
 * `التقى وزير الخارجية السوري نظيره البيلاروسي. => CONSULT 040 SYR:GOV>BLR:GOV`.
 * A side is `ISO3`, `ISO3:SECTOR`, `IGO/ORG` (`IGO/UN`, `NGO/ICRC`, optionally `:SECTOR`), `*` (any) or
 * `-` (no actor named: an empty list). AUX lists auxiliary modes that must be present
 * (`reported`, `negated`…); without it the event must not be flagged negated, future or hypothetical.
 */
import { cameoCodebook } from '../codebook/cameo.js';
import { AUXILIARY_MODES, type Auxiliary, PLOVER_EVENTS, type PloverEvent } from '../model/event.js';

/** One side of an expected coding: null = any actor, [] = none named, else country, org and sector to match. */
export type SideSpec = null | { country: string; org: string | null; sector: string | null } | 'none';

/** An example sentence and the event it must be coded as. */
export interface RuleExample {
  text: string;
  event: PloverEvent;
  /** Exact CAMEO code expected, or null for any code of the event type. */
  cameo: string | null;
  actor: SideSpec;
  recipient: SideSpec;
  /** Auxiliary modes that must be present; empty = none of negated, future, hypothetical. */
  aux: Auxiliary[];
  /** The example as written, for messages. */
  source: string;
}

const SIDE = /^(?:\*|-|(?:[A-Z]{3})(?:\/[A-Z][A-Za-z0-9]*)?(?::[A-Z]{3})?)$/;

function parseSide(raw: string, what: string): SideSpec {
  if (!SIDE.test(raw)) throw new Error(`${what} "${raw}": expected ISO3, ISO3:SECTOR, IGO/ORG[:SECTOR], * or -`);
  if (raw === '*') return null;
  if (raw === '-') return 'none';
  const [code = '', sector] = raw.split(':');
  const [country = '', org] = code.split('/');
  return { country, org: org ?? null, sector: sector ?? null };
}

/**
 * Parses one example (`SENTENCE => EVENT [CAMEO] ACTOR>RECIPIENT [AUX,…]`).
 *
 * @throws Error saying what part is malformed (the loader adds file:line)
 */
export function parseExample(raw: string): RuleExample {
  const parts = raw.split('=>');
  if (parts.length !== 2) throw new Error(`example "${raw}": expected one "SENTENCE => CODING"`);
  const text = (parts[0] ?? '').trim();
  const coding = (parts[1] ?? '').trim().split(/\s+/);
  if (text === '') throw new Error(`example "${raw}": the sentence is empty`);
  const [event = '', ...rest] = coding;
  if (!(PLOVER_EVENTS as readonly string[]).includes(event)) throw new Error(`example "${raw}": unknown event "${event}" (expected one of ${PLOVER_EVENTS.join(', ')})`);
  let cameo: string | null = null;
  if (/^\d{3,4}$/.test(rest[0] ?? '')) {
    cameo = rest.shift() ?? null;
    const code = cameoCodebook().get(cameo ?? '');
    if (!code) throw new Error(`example "${raw}": unknown CAMEO code "${cameo}"`);
    if (code.plover !== event) throw new Error(`example "${raw}": CAMEO ${cameo} maps to PLOVER ${code.plover ?? '(none)'}, not ${event}`);
  }
  const dyad = rest.shift() ?? '';
  const sides = dyad.split('>');
  if (sides.length !== 2) throw new Error(`example "${raw}": expected ACTOR>RECIPIENT after the event, found "${dyad}"`);
  const aux = (rest.shift() ?? '').split(',').filter((x) => x !== '');
  for (const a of aux) {
    if (!(AUXILIARY_MODES as readonly string[]).includes(a)) throw new Error(`example "${raw}": unknown auxiliary mode "${a}" (expected one of ${AUXILIARY_MODES.join(', ')})`);
  }
  if (rest.length > 0) throw new Error(`example "${raw}": unexpected "${rest.join(' ')}" after the coding`);
  return {
    text, event: event as PloverEvent, cameo, actor: parseSide(sides[0] ?? '', 'actor'), recipient: parseSide(sides[1] ?? '', 'recipient'),
    aux: aux as Auxiliary[], source: raw.trim(),
  };
}

/**
 * Parses the `example` column: one or more examples separated by ` || `.
 *
 * @throws Error when the column is empty or an example is malformed
 */
export function parseExamples(field: string): RuleExample[] {
  const parts = field.split('||').map((x) => x.trim()).filter((x) => x !== '');
  if (parts.length === 0) throw new Error('every rule needs an example: "SENTENCE => EVENT [CAMEO] ACTOR>RECIPIENT"');
  return parts.map(parseExample);
}
