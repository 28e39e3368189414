/**
 * Builds one actor phrase from a head mention and the modifiers that follow it: a nisba
 * («وزير الخارجية البيلاروسي» → BLR), a genitive country or organisation («وزير خارجية سوريا»,
 * «سفير الاتحاد الأوروبي»), a name in quotes («“بسام صباغ”»).
 */
import type { Token } from '../model/document.js';
import type { Actor, Place } from '../model/event.js';
import type { Mention } from '../recognize/mention.js';
import type { ActorPayload, PersonRole, PlaceRecord } from '../recognize/payload.js';
import { type ChainTitle, extendChain } from './title-chain.js';
import type { UnknownNameFinder } from './unknown-name.js';
import { arabicOrigin, englishOrigin } from './origin.js';

export { POSTED_ROLES } from './origin.js';

/** The pieces of a phrase before coreference. */
export interface PhraseParts {
  head: Mention;
  payload: ActorPayload;
  /** Mentions folded into the phrase (the head first). */
  used: Mention[];
  tokenEnd: number;
  end: number;
  name: string | null;
  nameSpan: { start: number; end: number } | null;
  /** Country (and org) given by a modifier, the modifier's text as written, and the sector it imposes ("" = none). */
  modifier: { country: string; org: string | null; text: string; sector?: string; place?: { record: PlaceRecord; span: { start: number; end: number } } } | null;
  /** The people a name after the title may be («وزير الخارجية الأردني أيمن الصفدي»). */
  persons: PersonRole[];
  /** The office named by a chain of titles («نائب رئيس الوزراء وزير الخارجية»), when the head opens one. */
  chain: ChainTitle | null;
}


const PAYLOAD_PRIORITY: Record<ActorPayload['type'], number> = {
  person: 0, agent: 1, org: 2, metonym: 3, anaphor: 4, country: 5, place: 6, nisba: 7,
};

/**
 * Chooses the reading of an ambiguous mention: agents and organisations first; between countries
 * and places of the same name (عمان: Oman or Amman; طرابلس: Libya or Lebanon) the one whose
 * country the document names elsewhere, else the country.
 */
export function choosePayload(m: Mention, docCountries: ReadonlySet<string>): ActorPayload {
  const sorted = [...m.payloads].sort((x, y) => PAYLOAD_PRIORITY[x.type] - PAYLOAD_PRIORITY[y.type]);
  const geo = sorted.filter((p) => p.type === 'country' || p.type === 'place');
  if (geo.length > 1 && geo.length === sorted.length) {
    const countryOf = (p: ActorPayload): string => (p.type === 'place' ? p.place.country : p.type === 'country' ? p.country : '');
    const named = geo.filter((p) => docCountries.has(countryOf(p)) && !(p.type === 'country'));
    if (named.length > 0) return named[0] as ActorPayload;
  }
  return sorted[0] as ActorPayload;
}

/** The country a reading names, if any. */
function payloadCountry(p: ActorPayload): string | null {
  switch (p.type) {
    case 'place': return p.place.country;
    case 'person': return p.person.country;
    case 'anaphor': return null;
    default: return p.country;
  }
}

/**
 * Orders the readings of an ambiguous mention so that those of a country the document names come
 * first: «كونغولي», «Congolese» is the Republic of the Congo's in a text that names Brazzaville's
 * republic, DR Congo's in one that names Kinshasa's. Every later choice (the head's reading, a
 * nisba modifier) then takes the document's country; unambiguous mentions are returned as they are.
 */
export function preferDocumentCountries(m: Mention, docCountries: ReadonlySet<string>): Mention {
  if (m.payloads.length < 2) return m;
  const named = m.payloads.map((p) => {
    const c = payloadCountry(p);
    return c !== null && docCountries.has(c) ? 0 : 1;
  });
  const order = m.payloads.map((_, k) => k).sort((x, y) => (named[x] as number) - (named[y] as number));
  if (order.every((k, i) => k === i)) return m;
  return { ...m, payloads: order.map((k) => m.payloads[k] as ActorPayload), entryIds: order.map((k) => m.entryIds[k] as string) };
}

/**
 * Whether an Arabic mention ends definite: its last word has the article or a possessive pronoun,
 * or it is a proper name (definite without the article: «دمشق», «الجولان»).
 */
function definiteEnd(m: Mention): boolean {
  const r = m.readings.at(-1);
  if (!r) return false;
  // a final ي may be the pronoun «my» or the construct plural (مقاتلي أحرار الشام): not a sign of definiteness
  return r.key.startsWith('fixed:') || r.split?.article === true || (m.enclitic !== '' && m.enclitic !== 'ي');
}

/** A quoted run of words starting at token `i`: its text, span and the index after the closing quote. */
export function quotedName(tokens: readonly Token[], i: number, limit: number, text: string): { name: string; start: number; end: number; next: number } | null {
  const open = tokens[i];
  if (!open || open.kind !== 'quote') return null;
  let k = i + 1;
  while (k < limit && k - i <= 6 && tokens[k]?.kind === 'word') k++;
  const close = tokens[k];
  if (k === i + 1 || !close || close.kind !== 'quote') return null;
  const start = (tokens[i + 1] as Token).start;
  const end = (tokens[k - 1] as Token).end;
  return { name: text.slice(start, end), start, end, next: k + 1 };
}

/**
 * English puts the nationality (or the organisation) before the office: «the Egyptian foreign
 * minister», «Mali's military rulers», «his Saudi counterpart», «the UN envoy». When a demonym or country stands right before an agent or
 * anaphor (with or without 's), the agent heads the phrase and the demonym is its modifier.
 *
 * @returns the folded phrase, or null when the pattern does not apply
 */
export function collectEnglishPrefixed(mentions: readonly Mention[], i: number, tokens: readonly Token[], text: string): PhraseParts | null {
  const mod = mentions[i] as Mention;
  const head = mentions[i + 1];
  if (!head || head.sentence !== mod.sentence) return null;
  const gap = head.tokenStart - mod.tokenEnd;
  if (gap > 1 || (gap === 1 && tokens[mod.tokenEnd]?.norm !== "'s" && tokens[mod.tokenEnd]?.norm !== '’s')) return null;
  const m = mod.payloads.find((p) => p.type === 'nisba' || p.type === 'country' || p.type === 'org');
  const h = head.payloads.find((p) => p.type === 'agent' || p.type === 'anaphor');
  if (!m || !h || (m.type !== 'nisba' && m.type !== 'country' && m.type !== 'org')) return null;
  // «the United Nations envoy», «UN troops»: an organisation before the office is its employer
  return {
    head, payload: h, used: [mod, head], tokenEnd: head.tokenEnd, end: head.end, name: null, nameSpan: null, persons: [], chain: null,
    // «Houthi officials» are rebels, «UN envoys» officials of an IGO (no sector), as their organisation
    modifier: { country: m.country, org: m.type === 'country' ? null : m.org, text: text.slice(mod.start, mod.end), ...(m.type === 'org' ? { sector: m.sector ?? '' } : {}) },
  };
}

/**
 * Takes a quoted name into the phrase; a known person inside the quotes («وزير الخارجية "بسام صباغ"»)
 * is the office's holder, as an unquoted one is.
 *
 * @returns the index of the first mention after the quotes
 */
function takeQuoted(parts: PhraseParts, quoted: NonNullable<ReturnType<typeof quotedName>>, mentions: readonly Mention[], j: number): number {
  parts.name = quoted.name;
  parts.nameSpan = { start: quoted.start, end: quoted.end };
  parts.tokenEnd = quoted.next;
  parts.end = quoted.end;
  let k = j;
  for (; k < mentions.length && (mentions[k] as Mention).tokenEnd < quoted.next; k++) {
    const inside = mentions[k] as Mention;
    const persons = parts.payload.type === 'agent' ? inside.payloads.flatMap((p) => (p.type === 'person' ? [p.person] : [])) : [];
    if (persons.length > 0 && parts.persons.length === 0) parts.persons = persons;
    parts.used.push(inside);
  }
  return k;
}

/** Folds a mention into the phrase. */
function fold(parts: PhraseParts, m: Mention): void {
  parts.used.push(m);
  parts.tokenEnd = m.tokenEnd;
  parts.end = m.end;
}

const ARABIC_WORD = /^[\u0600-\u06ff]/;
/** Roles of delegates, whose ل-phrase is the country they represent. */
const DELEGATE = /^(Permanent )?Representative$|^Delegate$/;
const WITH_ARTICLE = /^[وف]?([بك]?ال|لل)/;

/**
 * What may follow the phrase as a modifier. A nisba agrees with its head and a genitive country
 * takes no preposition (وزير خارجية سوريا), an organisation may take ل or من (الأمين العام للأمم
 * المتحدة، مسلحون من حزب العمال). Right after a definite word (with the article, a pronoun, or a
 * name) there is no genitive, and a nisba has the article too: «الوزير السوري», but «زار الوزير
 * سوريا» is the minister and the country he visited. An indefinite word takes either («مسؤول سوري»,
 * or the genitive «مسلحي الحوثي»).
 */
function grammarOf(parts: PhraseParts, next: Mention, tokens: readonly Token[]): { genitive: boolean; nisbaAgrees: boolean } {
  const last = parts.used.at(-1) as Mention;
  const nextWord = tokens[next.tokenStart]?.norm ?? '';
  const definite = parts.tokenEnd === last.tokenEnd && next.tokenStart === parts.tokenEnd && definiteEnd(last);
  return {
    genitive: (parts.payload.type === 'agent' || parts.payload.type === 'anaphor') && !(definite && next.preposition === null),
    nisbaAgrees: !definite || !ARABIC_WORD.test(nextWord) || WITH_ARTICLE.test(nextWord),
  };
}

/** Where the phrase stands and what the document knows. */
export interface PhraseContext {
  /** Right after an event verb, two offices are subject and object rather than a chain. */
  afterVerb: boolean;
  /** A place name that is also a common word («كان», «العين») is no genitive. */
  commonWord?: (m: Mention) => boolean;
  /** The unknown name after a title («وزير الخارجية الفلاني زيد العمري»), see `unknown-name.ts`. */
  unknownName?: UnknownNameFinder;
  /** Whether a word for a place (cue `place-word`: «مدينة», «محافظة») ends at a token. */
  placeWordEndsAt?: (token: number) => boolean;
}

/** Folds the modifiers after `heads[0]` into a phrase. */
export function collectPhrase(
  mentions: readonly Mention[], i: number, payload: ActorPayload, tokens: readonly Token[], text: string, sentenceEnd: number,
  context: PhraseContext = { afterVerb: false },
): PhraseParts {
  const head = mentions[i] as Mention;
  const chain = payload.type === 'agent' && payload.kind === 'title' ? { role: payload.role, sector: payload.sector, agentId: head.entryIds[head.payloads.indexOf(payload)] ?? null } : null;
  const parts: PhraseParts = { head, payload, used: [head], tokenEnd: head.tokenEnd, end: head.end, name: null, nameSpan: null, modifier: null, persons: [], chain: null };
  const takesModifier = payload.type === 'agent' || payload.type === 'anaphor' || payload.type === 'place' || payload.type === 'country' || payload.type === 'metonym';
  for (let j = i + 1; j < mentions.length && takesModifier; j++) {
    const quoted = quotedName(tokens, parts.tokenEnd, sentenceEnd, text);
    if (quoted && !parts.name) {
      j = takeQuoted(parts, quoted, mentions, j);
      if (j >= mentions.length) break;
    }
    const next = mentions[j] as Mention;
    // «the mayor of the northern West Bank city of Nablus»: of, then only determiners (the mention stage read them)
    const ofThe = next.preposition === 'of' && tokens[parts.tokenEnd]?.norm === 'of' && next.tokenStart - parts.tokenEnd <= 4;
    // «a court in Guyana», «المجلس العسكري الحاكم في النيجر»: see `englishOrigin`, `arabicOrigin`
    const origin = englishOrigin(parts, next, tokens, text) ?? arabicOrigin(parts, next, tokens, text, context.placeWordEndsAt);
    if (origin) {
      parts.modifier = origin;
      fold(parts, next);
      break;
    }
    const gapWord = next.tokenStart === parts.tokenEnd + 1 || ofThe ? tokens[parts.tokenEnd]?.norm : null;
    // «متحدث باسم الحكومة», «the head of US Central Command»
    // «وفد من جماعة الحوثي»: من before an organisation names whose the group is
    const fromOrg = gapWord === 'من' && next.payloads.some((p) => p.type === 'org');
    const adjacent = next.tokenStart === parts.tokenEnd || gapWord === 'باسم' || gapWord === 'of' || fromOrg;
    if (!adjacent || next.sentence !== head.sentence || next.proclitic.startsWith('و')) break;
    // «النائب الثاني لرئيس مجلس الوزراء وزير الدفاع»: the next office of the same person
    const linked = chain && !parts.name && !parts.modifier && parts.persons.length === 0 && next.tokenStart === parts.tokenEnd
      && ARABIC_WORD.test(tokens[next.tokenStart]?.norm ?? '')
      ? extendChain(parts.chain ?? chain, next, { afterVerb: context.afterVerb, definite: definiteEnd(parts.used.at(-1) as Mention) }) : null;
    if (linked) {
      parts.chain = linked;
      fold(parts, next);
      continue;
    }
    // a known person named right after the office is its holder
    const persons = payload.type === 'agent' ? next.payloads.flatMap((p) => (p.type === 'person' ? [p.person] : [])) : [];
    if (persons.length > 0 && next.preposition === null) {
      parts.persons = persons;
      fold(parts, next);
      break;
    }
    const { genitive, nisbaAgrees } = grammarOf(parts, next, tokens);
    // «المتحدث باسم الجيش السوداني»: a spokesman speaks for the body after باسم and takes its country
    if (gapWord === 'باسم' && payload.type === 'agent' && next.payloads.some((p) => p.type === 'agent')) {
      const after = mentions[j + 1];
      const nisba = after && after.tokenStart === next.tokenEnd ? after.payloads.find((p) => p.type === 'nisba') : undefined;
      const body = next.payloads.find((p) => p.type === 'agent');
      if (nisba?.type === 'nisba') {
        parts.modifier = { country: nisba.country, org: nisba.org, text: text.slice(after!.start, after!.end), ...(body?.type === 'agent' ? { sector: body.sector } : {}) };
        fold(parts, next);
        fold(parts, after!);
      }
      break;
    }
    const mod = (next.preposition === null && nisbaAgrees ? next.payloads.find((p) => p.type === 'nisba') : undefined)
      // «mayor of Nablus», «محافظ نينوى», «شرطة السليمانية»: an office or body of a place is of its country
      ?? (genitive && (next.preposition === null || next.preposition === 'of')
        ? next.payloads.find((p) => p.type === 'country' || p.type === 'org' || (p.type === 'place' && payload.type === 'agent' && !context.commonWord?.(next))) : undefined)
      ?? (genitive && (next.preposition === 'ل' || next.preposition === 'من') ? next.payloads.find((p) => p.type === 'org') : undefined)
      // «المندوب الدائم للمملكة العربية السعودية»: a delegate's ل names whom he represents (an envoy's, where he is sent)
      ?? (genitive && next.preposition === 'ل' && payload.type === 'agent' && DELEGATE.test(payload.role ?? '') ? next.payloads.find((p) => p.type === 'country') : undefined);
    if (!mod || parts.modifier) break;
    const modText = text.slice(next.start, next.end);
    if (mod.type === 'nisba') parts.modifier = { country: mod.country, org: mod.org, text: modText };
    else if (mod.type === 'country') parts.modifier = { country: mod.country, org: null, text: modText };
    else if (mod.type === 'place') parts.modifier = { country: mod.place.country, org: null, text: modText };
    // «وفد من جماعة الحوثي», «رئيس الشاباك», «the head of US Central Command»: an office or body of an
    // organisation takes its sector (none for an international organisation's officials)
    else if (mod.type === 'org') parts.modifier = { country: mod.country, org: mod.org, text: modText, sector: mod.sector ?? '' };
    fold(parts, next);
  }
  const quoted = parts.name ? null : quotedName(tokens, parts.tokenEnd, sentenceEnd, text);
  if (quoted && (payload.type === 'agent' || payload.type === 'anaphor')) takeQuoted(parts, quoted, mentions, mentions.indexOf(parts.used.at(-1) as Mention) + 1);
  return takeUnknownName(parts, context.unknownName, sentenceEnd);
}

/**
 * Takes the unknown name after a title into the phrase («وزير الخارجية الأردني زيد العمري»,
 * "the Egyptian Foreign Minister John Doe"): the name as printed becomes the phrase's name and the
 * phrase ends after it. Phrases with a name, a known holder, or no office (a title with a role) are
 * returned as they are.
 */
export function takeUnknownName(parts: PhraseParts, finder: UnknownNameFinder | undefined, sentenceEnd: number): PhraseParts {
  const { payload } = parts;
  if (!finder || parts.name || parts.persons.length > 0 || payload.type !== 'agent' || payload.kind !== 'title' || !payload.role) return parts;
  const unknown = finder(parts.tokenEnd, sentenceEnd);
  if (unknown) {
    parts.name = unknown.name;
    parts.nameSpan = { start: unknown.start, end: unknown.end };
    parts.tokenEnd = unknown.next;
    parts.end = unknown.end;
  }
  return parts;
}

/** An actor record with no country yet. */
export function blankActor(spans: Actor['spans'], sources: string[]): Actor {
  return { country: null, sector: null, org: null, name: null, role: null, spans, sources };
}

/** The place record as an event location. */
export function toPlace(p: PlaceRecord, span: { start: number; end: number } | null): Place {
  return { id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, span };
}
