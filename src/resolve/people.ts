/**
 * People with dated roles (`data/actors/people.tsv`), as TABARI's actor dictionaries date their
 * codes (\`SYRGOV\` only while the person holds office): the role a person held on the event's date.
 */
import type { Actor } from '../model/event.js';
import type { PersonRole } from '../recognize/payload.js';

/** Pads a partial ISO date for comparison: "2024" → "2024-01-01" as a start, "2024-12-31" as an end. */
function bound(date: string, end: boolean): string {
  if (date.length === 10) return date;
  if (date.length === 7) return `${date}-${end ? '31' : '01'}`;
  return `${date}-${end ? '12-31' : '01-01'}`;
}

/**
 * The role to code for a person named in a document.
 *
 * @param roles - every dated role of the name (several rows for one person, or namesakes)
 * @param date - the document's publication date (ISO 8601), or null
 * @returns the role held on that date; without a date, the current (open-ended) or latest role;
 *   when the date is after every role, the latest role with sector `ELI` (a former official)
 */
export function roleAt(roles: readonly PersonRole[], date: string | null): { role: PersonRole; former: boolean } | null {
  if (roles.length === 0) return null;
  const latest = [...roles].sort((a, b) => bound(b.from, false).localeCompare(bound(a.from, false)))[0] as PersonRole;
  if (!date) return { role: roles.find((r) => r.to === null) ?? latest, former: false };
  const held = roles.find((r) => bound(r.from, false) <= date && (r.to === null || date <= bound(r.to, true)));
  if (held) return { role: held, former: false };
  const ended = roles.filter((r) => r.to !== null && bound(r.to, true) < date);
  return ended.length > 0 ? { role: ended.sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''))[0] as PersonRole, former: true } : null;
}

/** The actor record of a person in a role. */
export function personActor(r: { role: PersonRole; former: boolean }, spans: Actor['spans']): Actor {
  return {
    country: r.role.country, sector: r.former ? 'ELI' : r.role.country === 'IGO' ? null : r.role.sector, org: r.role.org,
    name: r.role.name, role: r.former ? `Former ${r.role.role}` : r.role.role, spans, sources: [r.role.id],
  };
}
