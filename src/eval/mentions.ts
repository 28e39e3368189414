/**
 * The `mentions` of a gold record (DESIGN §5): spans that name an actor, a place or an
 * organisation, with the codes they must be recognised with. A mention counts as recognised when
 * some occurrence of its text overlaps an actor phrase or place that Marsad resolved with those
 * codes (country; and sector and org when the gold gives them).
 */
import type { Actor, Place } from '../model/event.js';
import type { Analysis } from '../pipeline/analysis.js';
import type { GoldMention } from './gold.js';

/** What was recognised of a record's mentions. */
export interface MentionScore { found: number; total: number; missing: string[] }

function actorAgrees(m: GoldMention, a: Actor): boolean {
  return a.country === m.country && (!m.sector || a.sector === m.sector) && (!m.org || a.org === m.org);
}

function placeAgrees(m: GoldMention, p: Place | null): boolean {
  return p !== null && p.country === m.country;
}

function occurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(needle); i >= 0 && needle.length > 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

/** The gold mention as listed: `«text» TYPE country:sector/org`. */
function show(m: GoldMention): string {
  return `«${m.text}» ${m.type} ${[m.country ?? '?', m.sector].filter(Boolean).join(':')}${m.org ? `/${m.org}` : ''}`;
}

/**
 * Checks a record's mentions against what the analysis recognised.
 *
 * @param mentions - the record's gold mentions
 * @param a - the analysis of the record's text (actors resolved)
 */
export function scoreMentions(mentions: readonly GoldMention[], a: Analysis): MentionScore {
  const out: MentionScore = { found: 0, total: mentions.length, missing: [] };
  for (const m of mentions) {
    const ok = occurrences(a.doc.text, m.text).some(([start, end]) => (a.actors ?? []).some((r) =>
      r.start < end && start < r.end && (r.actors.some((x) => actorAgrees(m, x)) || (m.type === 'PLACE' && placeAgrees(m, r.place)))));
    if (ok) out.found++;
    else out.missing.push(show(m));
  }
  return out;
}
