/**
 * Event filters shared by `marsad events`, `marsad stats`, `marsad export` and the HTTP API,
 * validated with zod from strings (flags or query parameters).
 */
import { z } from 'zod';
import { parseIsoDate } from '../dates/calendar.js';
import { describeIssue } from '../data/issues.js';
import { InputError } from '../errors.js';
import { PLOVER_EVENTS, type PloverEvent } from '../model/event.js';
import { NON_STATE_CODES, SECTORS } from '../recognize/codes.js';
import { loadResources } from '../resources.js';

/** An actor code to filter on: a country (ISO 3166-1 alpha-3 or a CAMEO non-state code) with an optional PLOVER sector, or an organisation acronym. */
export interface ActorFilter { country: string | null; sector: string | null; org: string | null }

/** A validated event filter; every field optional. */
export interface EventFilter {
  actor?: ActorFilter;
  recipient?: ActorFilter;
  event?: PloverEvent;
  quadClass?: 1 | 2 | 3 | 4;
  /** ISO 8601 dates, inclusive. */
  from?: string;
  to?: string;
  /** Full-text query over the documents that report the event. */
  text?: string;
  /** Include negated, future and hypothetical events (left out by default). */
  flagged?: boolean;
}

const ACTOR_RE = /^(?:([A-Z]{3}|---)(?::([A-Z]{3}))?|([A-Z][A-Z0-9-]{1,11}))$/;

const actorCode = z.string().regex(ACTOR_RE, { message: 'expected ISO3[:SECTOR] such as SYR:GOV, or an organisation code such as UN' })
  .transform((s, ctx): ActorFilter => {
    const m = ACTOR_RE.exec(s)!;
    if (!m[1] || (!m[2] && s.length !== 3)) return { country: null, sector: null, org: s };
    const known = m[1] === '---' || (NON_STATE_CODES as readonly string[]).includes(m[1]) || loadResources().countryCodes.has(m[1]);
    if (!known) ctx.addIssue({ code: 'custom', message: `expected an ISO 3166-1 alpha-3 country code or a non-state code (${NON_STATE_CODES.join(', ')})`, input: s });
    if (m[2] && !(SECTORS as readonly string[]).includes(m[2])) ctx.addIssue({ code: 'custom', message: `expected a PLOVER sector after the colon (${SECTORS.join(', ')})`, input: s });
    return { country: m[1], sector: m[2] ?? null, org: null };
  });
const isoDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parseIsoDate(s) !== null, { message: 'expected a date YYYY-MM-DD' });

/** The filter fields as strings, the way flags and query parameters carry them. */
export const filterSchema = z.object({
  actor: actorCode.optional(),
  recipient: actorCode.optional(),
  event: z.enum(PLOVER_EVENTS).optional(),
  quadClass: z.enum(['1', '2', '3', '4']).transform((s) => Number(s) as 1 | 2 | 3 | 4).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  text: z.string().trim().min(1, { message: 'expected a non-empty query' }).optional(),
  flagged: z.union([z.boolean(), z.enum(['true', 'false', '1', '0'])]).transform((v) => v === true || v === 'true' || v === '1').optional(),
});

/**
 * Validates filter values.
 *
 * @param raw - field → string value (flags or query parameters); unknown fields are ignored
 * @param label - how fields are named in messages: `flag` gives `--actor`, `param` gives `actor`
 * @throws InputError naming the field, what was expected and what was found
 */
export function parseFilter(raw: Record<string, unknown>, label: 'flag' | 'param' = 'flag'): EventFilter {
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    const name = label === 'flag' ? `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : field;
    throw new InputError(`${name}: ${describeIssue(issue, raw).replace(/^field "[^"]*": /, '')}`);
  }
  return checkedFilter(parsed.data, label);
}

/**
 * The checks across fields of an already parsed filter (`from` not after `to`), without undefined fields.
 *
 * @param parsed - the output of {@link filterSchema} (possibly extended with paging fields, which are dropped)
 * @throws InputError when `from` is after `to`
 */
export function checkedFilter(parsed: z.output<typeof filterSchema>, label: 'flag' | 'param' = 'param'): EventFilter {
  const { actor, recipient, event, quadClass, from, to, text, flagged } = parsed;
  if (from && to && from > to) throw new InputError(`${label === 'flag' ? '--from' : 'from'}: ${from} is after ${label === 'flag' ? '--to' : 'to'} ${to}`);
  const f: EventFilter = { actor, recipient, event, quadClass, from, to, text, flagged };
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as EventFilter;
}
