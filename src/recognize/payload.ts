/**
 * What an actor-layer dictionary entry means once matched: the payload of the actor lexicon.
 */

/** A place record from the gazetteer (WGS84 decimal degrees). */
export interface PlaceRecord {
  id: string;
  name: string;
  country: string;
  kind: 'capital' | 'seat' | 'city' | 'governorate' | 'region' | 'landmark';
  lat: number;
  lon: number;
}

/** Kinds of anaphor resolved against the document. */
export type AnaphorKind = 'pair' | 'own-country' | 'counterpart';

/** The meaning of a matched actor-layer phrase. */
export type ActorPayload =
  | { type: 'country'; country: string; name: string }
  | { type: 'nisba'; country: string; org: string | null; name: string }
  | { type: 'place'; place: PlaceRecord }
  | { type: 'org'; org: string | null; country: string; sector: string | null; name: string }
  | { type: 'agent'; sector: string; role: string | null; kind: 'title' | 'body' | 'group'; country: string | null }
  | { type: 'metonym'; country: string; sector: string; name: string }
  | { type: 'anaphor'; anaphor: AnaphorKind }
  | { type: 'person'; person: PersonRole };

/** A person in a role held from one date to another (ISO 8601, possibly year or year-month only; `to` null = still held). */
export interface PersonRole {
  id: string;
  name: string;
  country: string;
  /** The organisation of an IGO official (UN, ARL…), else null. */
  org: string | null;
  sector: string;
  role: string;
  from: string;
  to: string | null;
}
