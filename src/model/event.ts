/**
 * The event record (DESIGN §3): PLOVER event type, mode and contexts, CAMEO compatibility codes,
 * actors, place, date, auxiliary modes and provenance.
 */
import type { Span } from './document.js';

/** The 16 PLOVER event types (PLOVER manual, February 2024, §2). */
export const PLOVER_EVENTS = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverEvent = (typeof PLOVER_EVENTS)[number];

/** PLOVER auxiliary modes (PLOVER manual §3.3). `negated`, `future` and `hypothetical` events did not (yet) happen. */
export const AUXILIARY_MODES = ['negated', 'future', 'hypothetical', 'reported', 'historical'] as const;
export type Auxiliary = (typeof AUXILIARY_MODES)[number];

/** Auxiliary modes that keep an event out of counts and scoring. */
export const UNREAL_MODES: ReadonlySet<Auxiliary> = new Set(['negated', 'future', 'hypothetical']);

/** An actor or recipient: country (ISO 3166-1 alpha-3 or a CAMEO non-state code such as IGO), PLOVER sector, organisation. */
export interface Actor {
  country: string | null;
  sector: string | null;
  /** Usual English acronym of an IGO or NGO (`UN`, `ARL`, `SCO`…), else null. */
  org: string | null;
  /** Canonical Latin name, when known (a person, an organisation, a country). */
  name: string | null;
  /** English role, e.g. "Minister of Foreign Affairs". */
  role: string | null;
  /** Spans in the original text that name this actor in the event's sentence (or its antecedent). */
  spans: Span[];
  /** Dictionary ids that contributed to this actor. */
  sources: string[];
}

/** A place: canonical English name, country, coordinates (WGS84 decimal degrees). */
export interface Place {
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  id: string;
  span: Span | null;
}

/** How an event's date was obtained. */
export type DateSource = 'explicit' | 'relative' | 'publication';

/** One coded event with its evidence. */
export interface MarsadEvent {
  id: string;
  docId: string;
  event: PloverEvent;
  mode: string | null;
  contexts: string[];
  /** CAMEO code as a string with leading zeros kept, e.g. "057". */
  cameo: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  actor: Actor[];
  recipient: Actor[];
  symmetric: boolean;
  location: Place | null;
  /** ISO 8601 date `YYYY-MM-DD`, or null when neither the text nor the publication date gives one. */
  date: string | null;
  dateSource: DateSource | null;
  auxiliary: Auxiliary[];
  /** Sentence index of the first trigger. */
  sentence: number;
  trigger: Span;
  /** Trigger text as written in the original. */
  triggerText: string;
  ruleId: string;
  /** Every report of this event in the document (after in-document merging). */
  evidence: Array<{ sentence: number; trigger: Span; ruleId: string }>;
}
