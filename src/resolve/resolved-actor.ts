/**
 * An actor phrase after resolution: a head mention (title, body, organisation, country, metonym,
 * place, anaphor or standalone nisba) with its modifiers (nisba, genitive country or organisation,
 * a quoted name) folded in, and the actors it denotes (two for "the two sides").
 */
import type { Span } from '../model/document.js';
import type { Actor, Place } from '../model/event.js';

/** How the phrase is used. */
export type ActorPhraseKind = 'actor' | 'place' | 'pair';

/** One resolved actor phrase in a sentence. */
export interface ResolvedActor extends Span {
  index: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  kind: ActorPhraseKind;
  /** The dictionary type of the head mention. */
  headType: 'country' | 'nisba' | 'place' | 'org' | 'agent' | 'metonym' | 'anaphor' | 'person';
  /** The actors denoted (empty for a pure place). */
  actors: Actor[];
  /** The place named, when the phrase names one (a city, or a country used as a place). */
  place: Place | null;
  /** Governing preposition of the head (normalized), or null. */
  preposition: string | null;
  /** Dictionary id of the agent (title or body) heading the phrase, for coreference. */
  agentId: string | null;
  /** A standalone nisba right after a noun (العدوان الإسرائيلي): the agent of that noun. */
  adjectival: boolean;
  /** True for a person or an office (title), not a body or a state. */
  person: boolean;
  /** True when the head carries the conjunction و (a coordinated phrase: «الفلسطينيين واللبنانيين»). */
  conjoined: boolean;
  /** The country an envoy or ambassador just named is posted to («المبعوث الأممي إلى اليمن»): a recipient only for rules that ask for that preposition. */
  posting: boolean;
}
