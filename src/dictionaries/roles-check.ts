/**
 * Dated roles that cannot be: a role that ends before it starts, and two holders of a seat that
 * has one holder at a time (two heads of state of one country on the same day). Seats come from
 * `data/actors/offices.tsv` (roles not listed there are not checked for overlaps). Partial dates
 * (`2021`, `2021-03`) count as any day they allow, so only a certain overlap is reported; a handover
 * on one day (one role ends the day the next begins) is no overlap.
 */
import type { IssueSink } from '../data/tsv.js';
import type { DictionaryTables } from './tables.js';

type Person = DictionaryTables['people'][number];

/** The earliest day a partial ISO date can be. */
function earliest(date: string): string {
  return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
}

/** The latest day a partial ISO date can be ("2024-02" → "2024-02-31", which compares correctly as a bound). */
function latest(date: string): string {
  return date.length === 10 ? date : date.length === 7 ? `${date}-31` : `${date}-12-31`;
}

const OPEN = '9999-12-31';

function span(r: Person): string {
  return `${r.from}–${r.to || 'today'}`;
}

/** The person a row belongs to: `person:x:2` is `person:x`'s second role. */
export function personKey(id: string): string {
  return id.replace(/:\d+$/, '');
}

function checkOrder(r: Person, sink: IssueSink): boolean {
  if (!r.to || earliest(r.from) <= latest(r.to)) return true;
  sink.error(r.file, r.line, `field "to": the role ends (${r.to}) before it starts (${r.from}); expected "to" on or after "from"`);
  return false;
}

/** Whether two roles certainly share a day (a one-day handover does not count). */
function overlap(a: Person, b: Person): boolean {
  const start = [latest(a.from), latest(b.from)].sort()[1] as string;
  const end = [a.to ? earliest(a.to) : OPEN, b.to ? earliest(b.to) : OPEN].sort()[0] as string;
  return start < end;
}

/**
 * Reports impossible dated roles.
 *
 * @param tables - the people and the offices tables
 * @param sink - receives one error per impossible row (on the later of two overlapping rows)
 */
export function checkRoles(tables: Pick<DictionaryTables, 'people' | 'offices'>, sink: IssueSink): void {
  const seatOf = new Map(tables.offices.map((o) => [o.role_en, o.seat]));
  const bySeat = new Map<string, Person[]>();
  for (const r of tables.people) {
    if (!checkOrder(r, sink)) continue;
    const seat = seatOf.get(r.role_en);
    if (!seat) continue;
    const key = `${r.country}/${r.org}/${seat}`;
    const list = bySeat.get(key) ?? [];
    const clash = list.find((x) => overlap(x, r));
    if (clash) {
      const who = personKey(clash.id) === personKey(r.id) ? 'another row of the same person' : clash.id;
      sink.error(r.file, r.line, `field "from": ${r.role_en} of ${r.org || r.country} ${span(r)} overlaps ${who} (${clash.file}:${clash.line}, ${clash.role_en} ${span(clash)}); expected one holder of the seat "${seat}" at a time`);
    }
    list.push(r);
    bySeat.set(key, list);
  }
}
