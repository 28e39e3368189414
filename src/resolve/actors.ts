/**
 * Actor resolution (DESIGN §4): every actor phrase gets a country and a sector. Qualified phrases
 * take them from their modifiers; unqualified titles from coreference inside the document (the same
 * name, the same office), then from the outlet's home country; anaphors from the discourse
 * («بلاده» → the speaker's country, «نظيره» → his counterpart, «الجانبين» → the main dyad).
 */
import type { Token } from '../model/document.js';
import type { Actor } from '../model/event.js';
import type { Analysis } from '../pipeline/analysis.js';
import type { Stage } from '../pipeline/stage.js';
import { NON_STATE_CODES } from '../recognize/codes.js';
import type { Mention } from '../recognize/mention.js';
import { Discourse, withSpans } from './discourse.js';
import { personActor, roleAt } from './people.js';
import { blankActor, choosePayload, collectEnglishPrefixed, collectPhrase, type PhraseParts, POSTED_ROLES, preferDocumentCountries, takeUnknownName, toPlace } from './phrase.js';
import type { ResolvedActor } from './resolved-actor.js';
import { unknownNameFinder } from './unknown-name.js';

/** Token positions looked up for every mention, indexed once per document. */
interface Index { mentionEnds: ReadonlySet<number>; placeWordEnds: ReadonlySet<number>; quantifierEnds: ReadonlySet<number>; triggerStarts: ReadonlySet<number>; verbEnds: ReadonlySet<number> }

const NON_STATE = new Set<string>(NON_STATE_CODES);

/** Sectors of armed groups, whose country is never guessed from the sentence («مسلحون», «rebels»). */
const ARMED = new Set(['REB', 'UAF', 'CRM', 'MIL', 'PRM']);

const LOCATIVE = new Set(['في', 'ب', 'من', 'الي', 'in', 'at', 'to', 'from']);

/** The countries the document names without ambiguity: mentions whose every reading is one country's name or nisba. */
function docCountries(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const countries = new Set(m.payloads.map((p) => (p.type === 'country' || p.type === 'nisba' ? p.country : '')));
    const [only] = countries;
    if (countries.size === 1 && only) out.add(only);
  }
  return out;
}

function isDual(parts: PhraseParts, tokens: readonly Token[]): boolean {
  const n = parts.head.readings[0]?.number;
  if (n === 'du') return true;
  return n === 'ds' && (tokens[parts.head.tokenEnd]?.norm.startsWith('ال') ?? false) && parts.head.readings.length === 1;
}

function spansOf(parts: PhraseParts): Actor['spans'] {
  return [{ start: (parts.used[0] ?? parts.head).start, end: parts.end }];
}

/** Gives an unqualified agent its country: by name, by office, by dual, by the outlet's country. */
function resolveAgent(parts: PhraseParts, actor: Actor, d: Discourse, dual: boolean): { actors: Actor[]; kind: 'actor' | 'pair' } {
  const holder = roleAt(parts.persons, d.date);
  if (holder) return { actors: [{ ...personActor(holder, actor.spans), sector: actor.sector ?? holder.role.sector, role: actor.role ?? holder.role.role }], kind: 'actor' };
  // «الوزير الكندي» after «“فهد الكندي”»: a nisba that is a known name's word is the name
  const namedByModifier = parts.modifier ? d.byName(parts.modifier.text) : null;
  if (namedByModifier) return { actors: [{ ...withSpans(namedByModifier, actor.spans), sector: actor.sector ?? namedByModifier.sector }], kind: 'actor' };
  if (parts.modifier) {
    if (parts.modifier.sector !== undefined) actor.sector = parts.modifier.sector || null;
    actor.country = parts.modifier.country;
    actor.org = parts.modifier.org;
    return { actors: [actor], kind: 'actor' };
  }
  if (parts.payload.type === 'agent' && parts.payload.country) {
    actor.country = parts.payload.country;
    return { actors: [actor], kind: 'actor' };
  }
  // an unqualified body that is also a seat of power («الكونغرس», «الكنيست», «the Knesset») is that
  // country's; with a nisba («الكونغرس البيروفي») the modifier above has already decided
  const seat = parts.head.payloads.find((p) => p.type === 'metonym');
  if (seat?.type === 'metonym') {
    actor.country = seat.country;
    return { actors: [actor], kind: 'actor' };
  }
  // «وزارة خارجيتها»: a possessive pronoun on an unqualified office points to the country just named
  const owner = ['ه', 'ها', 'هم', 'هما'].includes(parts.head.enclitic) ? d.lastWithCountry() : null;
  // an organisation's envoy («الأمم المتحدة … مبعوثها») is its official, with no state sector
  if (owner) return { actors: [{ ...actor, country: owner.country, org: owner.org, sector: owner.org ? null : actor.sector }], kind: 'actor' };
  const known = parts.name ? d.byName(parts.name) : null;
  if (known) return { actors: [{ ...withSpans(known, actor.spans), sector: actor.sector ?? known.sector, role: actor.role ?? known.role }], kind: 'actor' };
  if (dual) {
    const pair = d.pair();
    if (pair) return { actors: pair.map((p) => ({ ...withSpans(p, actor.spans), sector: actor.sector, role: actor.role, name: null })), kind: 'pair' };
  }
  const same = parts.head.entryIds[0] ? d.byAgent(parts.head.entryIds[0]) : null;
  if (same) return { actors: [{ ...actor, country: same.country, org: same.org, name: actor.name ?? same.name }], kind: 'actor' };
  // an unqualified office («وزير الخارجية والمغتربين» in a Syrian paper) is the outlet's country's;
  // an unqualified body is that of the country the sentence is about («رفض البرلمان العراقي مشروع
  // الحكومة»), else it stays without a country («the embassy», «قوات الأمن»)
  if (parts.payload.type === 'agent' && parts.payload.kind === 'title') actor.country = d.homeCountry;
  else if (parts.payload.type === 'agent' && (parts.payload.kind === 'body' || !ARMED.has(parts.payload.sector))) {
    // only a state lends its country to a body (an organisation's sentence says nothing of a church's country)
    const near = d.lastInSentence(parts.head.sentence);
    if (near && !near.org && near.country && !NON_STATE.has(near.country)) actor.country = near.country;
  }
  return { actors: [actor], kind: 'actor' };
}

function resolveAnaphor(parts: PhraseParts, spans: Actor['spans'], d: Discourse): { actors: Actor[]; kind: 'actor' | 'pair' } | null {
  if (parts.payload.type !== 'anaphor') return null;
  const antecedent = d.lastPerson();
  switch (parts.payload.anaphor) {
    case 'pair': {
      const pair = d.pair();
      return pair ? { actors: pair.map((p) => ({ ...withSpans(p, spans), name: null, role: null })), kind: 'pair' } : null;
    }
    case 'own-country':
      if (!parts.head.enclitic || !antecedent?.country) return null;
      return { actors: [{ ...blankActor(spans, parts.head.entryIds), country: antecedent.country, sector: 'GOV', org: antecedent.org }], kind: 'actor' };
    case 'counterpart': {
      if (!antecedent) return null;
      const other = parts.modifier?.country ?? d.pair()?.find((p) => p.country !== antecedent.country)?.country ?? null;
      if (!other) return null;
      return { actors: [{ ...blankActor(spans, parts.head.entryIds), country: other, sector: antecedent.sector, role: antecedent.role, name: parts.name }], kind: 'actor' };
    }
  }
}

/**
 * A nisba-shaped agent noun right after a plain noun is its adjective, not an actor: «مؤتمر صحفي»
 * (a press conference), «الوضع الأمني» (the security situation).
 */
function adjectivalAgent(a: Analysis, head: Mention, ix: Index): boolean {
  const prev = a.tokens![head.tokenStart - 1];
  const stem = head.readings[0]?.split?.stem ?? a.tokens![head.tokenStart]?.norm ?? '';
  if (head.tokenEnd - head.tokenStart !== 1 || !/ي(ه|ين|ون|ات|ا)?$/.test(stem)) return false;
  if (!prev || prev.kind !== 'word' || ix.mentionEnds.has(head.tokenStart)) return false;
  // a counted noun («ستة مدنيين») or the subject or object right after a verb («قتل مدنيون») is no adjective
  if (ix.quantifierEnds.has(head.tokenStart) || ix.verbEnds.has(head.tokenStart)) return false;
  // an adjective agrees with its noun in definiteness: «المؤتمر الصحفي», «مؤتمر صحفي», «الهجوم
  // الإرهابي»; «أعلنت الخارجية» (a verb and a definite noun) is no such pair
  return definite(prev.norm) === definite(a.tokens![head.tokenStart]?.norm ?? '');
}

/** «المبعوث الأممي إلى اليمن», «سفيرها لدى طهران», «the envoy to Syria»: a country right after a posted role. */
function isPosting(prev: ResolvedActor | undefined, r: Omit<ResolvedActor, 'index'>): boolean {
  if (!prev || r.sentence !== prev.sentence || r.tokenStart - prev.tokenEnd > 1) return false;
  if (r.preposition !== 'الي' && r.preposition !== 'لدي' && r.preposition !== 'to' && r.preposition !== 'for') return false;
  return prev.actors.some((a) => POSTED_ROLES.test(a.role ?? '') || POSTED_ROLES.test(a.name ?? ''));
}

/** True when a normalized word carries the article (after any proclitics). */
function definite(norm: string): boolean {
  return /^[وف]?([بك]?ال|لل)/.test(norm);
}

/** The surface of a one-word mention without clitics, with its article as written. */
function bareSurface(m: Mention, tokens: readonly Token[]): string {
  const r = m.readings[0];
  if (m.tokenEnd - m.tokenStart !== 1) return '';
  if (!r?.split) return tokens[m.tokenStart]?.norm ?? '';
  return (r.split.article ? 'ال' : '') + r.split.stem;
}

/**
 * A place or country name that is also a common word («كان», «الخبر», «مالي») counts only after a
 * place word («مدينة كان») or after a locative preposition when the document names its country.
 */
function commonWordRejected(a: Analysis, parts: PhraseParts, countries: ReadonlySet<string>, ix: Index): boolean {
  const { head, payload } = parts;
  if (payload.type !== 'place' && payload.type !== 'country') return false;
  if (!a.resources.commonWords.has(bareSurface(head, a.tokens!))) return false;
  // in English a capital letter marks the name: «Turkey», «Nice» (but not «turkey», «nice»)
  if (a.doc.lang === 'en' && /^\p{Lu}/u.test(a.doc.text.slice(head.start, head.end))) return false;
  if (ix.placeWordEnds.has(head.tokenStart)) return false;
  const country = payload.type === 'place' ? payload.place.country : payload.country;
  const locative = head.preposition !== null && LOCATIVE.has(head.preposition);
  // «في مالي»: a country after a locative preposition is the country; a city also needs its country named
  return !(locative && (payload.type === 'country' || countries.has(country)));
}

/**
 * One phrase resolved. The cases complete `base` with Object.assign rather than an object spread
 * followed by more fields: Node 20 builds the latter field by field at run time, some fifty times
 * slower, and this runs for every actor phrase.
 */
function resolveOne(a: Analysis, parts: PhraseParts, d: Discourse, ix: Index): Omit<ResolvedActor, 'index'> | null {
  const { head, payload } = parts;
  const first = parts.used[0] ?? head;
  const spans = spansOf(parts);
  const base = {
    sentence: head.sentence, tokenStart: first.tokenStart, tokenEnd: parts.tokenEnd, start: first.start, end: parts.end,
    preposition: first.preposition, agentId: null as string | null, adjectival: false, person: false, conjoined: head.proclitic.startsWith('و'), posting: false,
    place: null as ResolvedActor['place'], headType: payload.type,
  };
  const actor = blankActor(spans, parts.used.flatMap((m) => m.entryIds.slice(0, 1)));
  switch (payload.type) {
    case 'agent': {
      // «مؤتمر صحفي» is an adjective; «سراح صحفي بريطاني», with its own nisba, is a journalist
      if (adjectivalAgent(a, head, ix) && !parts.modifier) return null;
      // «military assistance», «security talks»: an English agent noun before an event noun modifies it
      if (a.doc.lang === 'en' && head.tokenEnd - head.tokenStart === 1 && ix.triggerStarts.has(head.tokenEnd)) return null;
      // a chain of offices («نائب رئيس الوزراء وزير الخارجية») is one person with all of them
      Object.assign(actor, { sector: parts.chain?.sector ?? payload.sector, role: parts.chain?.role ?? payload.role, name: parts.name });
      const r = resolveAgent(parts, actor, d, isDual(parts, a.tokens!));
      const origin = parts.modifier?.place;
      return Object.assign(base, r, { agentId: parts.chain?.agentId ?? head.entryIds[0] ?? null, person: payload.kind === 'title' }, origin ? { place: toPlace(origin.record, origin.span) } : {});
    }
    case 'anaphor': {
      const r = resolveAnaphor(parts, spans, d);
      return r ? Object.assign(base, r, { person: payload.anaphor === 'counterpart' }) : null;
    }
    case 'person': {
      const roles = head.payloads.flatMap((p) => (p.type === 'person' ? [p.person] : []));
      const held = roleAt(roles, a.doc.publishedAt);
      return held ? Object.assign(base, { kind: 'actor' as const, person: true, actors: [personActor(held, spans)] }) : null;
    }
    case 'org':
      return Object.assign(base, { kind: 'actor' as const, actors: [Object.assign(actor, { country: payload.country, sector: payload.sector, org: payload.org, name: payload.name })] });
    case 'metonym':
      return Object.assign(base, { kind: 'actor' as const, actors: [Object.assign(actor, { country: payload.country, sector: payload.sector, name: payload.name })] });
    case 'country': {
      // «في مالي»: a country after a locative preposition is also where the event takes place
      const place = LOCATIVE.has(head.preposition ?? '')
        ? { id: `country:${payload.country}`, name: payload.name, country: payload.country, lat: null, lon: null, span: { start: head.start, end: head.end } }
        : null;
      return Object.assign(base, { kind: 'actor' as const, place, actors: [Object.assign(actor, { country: payload.country, sector: 'GOV', name: payload.name })] });
    }
    case 'nisba': {
      const prev = a.tokens![head.tokenStart - 1];
      const adjectival = a.doc.lang === 'ar' && prev?.kind === 'word' && !ix.mentionEnds.has(head.tokenStart) && !ix.quantifierEnds.has(head.tokenStart);
      return Object.assign(base, { kind: 'actor' as const, adjectival, actors: [Object.assign(actor, { country: payload.country, org: payload.org, name: payload.name })] });
    }
    case 'place': {
      const place = toPlace(payload.place, { start: head.start, end: head.end });
      const dateline = a.sentences![head.sentence]?.dateline === true;
      const seat = !dateline && (payload.place.kind === 'capital' || payload.place.kind === 'seat') && !LOCATIVE.has(head.preposition ?? '');
      if (!seat) return Object.assign(base, { kind: 'place' as const, actors: [], place });
      return Object.assign(base, { kind: 'actor' as const, place, actors: [Object.assign(actor, { country: payload.place.country, sector: 'GOV', name: payload.place.name })] });
    }
  }
}

/**
 * Resolves the document's mentions into actor phrases, in reading order.
 *
 * @returns one entry per actor phrase or place, each with its actors and spans
 */
export function resolveActors(a: Analysis): ResolvedActor[] {
  const countries = docCountries(a.mentions!);
  const mentions = a.mentions!.map((m) => preferDocumentCountries(m, countries));
  const ix: Index = {
    mentionEnds: new Set(mentions.map((m) => m.tokenEnd)),
    placeWordEnds: new Set(a.cues!.filter((c) => c.cue === 'place-word').map((c) => c.tokenEnd)),
    quantifierEnds: new Set(a.cues!.filter((c) => c.cue === 'quantifier').map((c) => c.tokenEnd)),
    triggerStarts: new Set(a.triggers!.filter((t) => !t.reading.verb).map((t) => t.tokenStart)),
    verbEnds: new Set(a.triggers!.filter((t) => t.reading.verb).map((t) => t.tokenEnd)),
  };
  const d = new Discourse(a.doc.sourceCountry, a.doc.publishedAt);
  const unknownName = unknownNameFinder(a);
  const out: ResolvedActor[] = [];
  let consumedTo = 0;
  for (let i = 0; i < mentions.length; ) {
    const head = mentions[i] as Mention;
    if (head.tokenStart < consumedTo) {
      i++;
      continue;
    }
    const sentence = a.sentences![head.sentence]!;
    const english = a.doc.lang === 'en' ? collectEnglishPrefixed(mentions, i, a.tokens!, a.doc.text) : null;
    const parts = (english && takeUnknownName(english, unknownName, sentence.tokenEnd))
      ?? collectPhrase(mentions, i, choosePayload(head, countries), a.tokens!, a.doc.text, sentence.tokenEnd, {
      afterVerb: ix.verbEnds.has(head.tokenStart),
      commonWord: (m) => a.resources.commonWords.has(bareSurface(m, a.tokens!)) && !(a.doc.lang === 'en' && /^\p{Lu}/u.test(a.doc.text.slice(m.start, m.end))),
      unknownName,
      placeWordEndsAt: (token) => ix.placeWordEnds.has(token),
    });
    const resolved = commonWordRejected(a, parts, countries, ix) ? null : resolveOne(a, parts, d, ix);
    if (resolved) {
      const r: ResolvedActor = Object.assign(resolved, { index: out.length, posting: isPosting(out.at(-1), resolved) });
      out.push(r);
      d.add(r);
    }
    i += parts.used.length;
    consumedTo = parts.tokenEnd;
  }
  return out;
}

/** The actor-resolution stage. */
export const actorStage: Stage = {
  name: 'actors',
  requires: ['tokens', 'sentences', 'cues', 'triggers', 'mentions'],
  assigns: ['actors'],
  run(a) {
    a.actors = resolveActors(a);
  },
};
