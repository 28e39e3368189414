/**
 * The dictionary tables of the actor and place layers, read through the layers (built-in `data/`
 * and a user's folder) and validated row by row. Lexicons are compiled from these tables
 * (`src/recognize/dictionaries.ts`) and `marsad lint` checks them (`./checks.ts`).
 */
import type { z } from 'zod';
import { type DataLayers, type LayeredRow, readLayered } from '../data/layers.js';
import { type IssueSink, THROWING_SINK } from '../data/tsv.js';
import {
  AGENT_SCHEMA, ANAPHOR_SCHEMA, COMMON_WORD_SCHEMA, COUNTRY_SCHEMA, METONYM_SCHEMA, OFFICE_SCHEMA, ORGANIZATION_SCHEMA,
  OUTLET_SCHEMA, PERSON_SCHEMA, PLACE_SCHEMA, STOP_WORD_SCHEMA, GIVEN_NAME_SCHEMA, HOMOGRAPH_SCHEMA, PLACE_ALIAS_SCHEMA,
} from './schemas.js';

type Rows<S extends z.ZodType> = Array<LayeredRow<z.infer<S>>>;

/** Every actor-layer table, as validated rows with their file and line. */
export interface DictionaryTables {
  countries: Rows<typeof COUNTRY_SCHEMA>;
  places: Rows<typeof PLACE_SCHEMA>;
  placeAliases: Rows<typeof PLACE_ALIAS_SCHEMA>;
  metonyms: Rows<typeof METONYM_SCHEMA>;
  organizations: Rows<typeof ORGANIZATION_SCHEMA>;
  agents: Rows<typeof AGENT_SCHEMA>;
  people: Rows<typeof PERSON_SCHEMA>;
  offices: Rows<typeof OFFICE_SCHEMA>;
  anaphors: Rows<typeof ANAPHOR_SCHEMA>;
  commonWords: Rows<typeof COMMON_WORD_SCHEMA>;
  stopWords: Rows<typeof STOP_WORD_SCHEMA>;
  /** Words never read as event triggers (`rules/stop-words.tsv`): «هناك» is no «هنّأك». */
  triggerStopWords: Rows<typeof STOP_WORD_SCHEMA>;
  givenNames: Rows<typeof GIVEN_NAME_SCHEMA>;
  homographs: Rows<typeof HOMOGRAPH_SCHEMA>;
  outlets: Rows<typeof OUTLET_SCHEMA>;
}

/** The tables and their paths under `data/` (also the paths a user's folder may hold). */
export const TABLE_FILES: { readonly [K in keyof DictionaryTables]: string } = {
  countries: 'gazetteer/countries.tsv',
  places: 'gazetteer/places.tsv',
  placeAliases: 'gazetteer/place-aliases.tsv',
  metonyms: 'gazetteer/metonyms.tsv',
  organizations: 'actors/organizations.tsv',
  agents: 'actors/agents.tsv',
  people: 'actors/people.tsv',
  offices: 'actors/offices.tsv',
  anaphors: 'actors/anaphors.tsv',
  commonWords: 'gazetteer/common-words.tsv',
  stopWords: 'actors/stop-words.tsv',
  triggerStopWords: 'rules/stop-words.tsv',
  givenNames: 'actors/given-names.tsv',
  homographs: 'gazetteer/homographs.tsv',
  outlets: 'sources/outlets.tsv',
};

/**
 * Reads every actor-layer table.
 *
 * @param sink - where problems go; by default the first one throws
 * @throws DataError (with the default sink) naming `file:line` and the field
 */
export function readTables(layers: DataLayers, sink: IssueSink = THROWING_SINK): DictionaryTables {
  return {
    countries: readLayered(layers, TABLE_FILES.countries, COUNTRY_SCHEMA, sink),
    places: readLayered(layers, TABLE_FILES.places, PLACE_SCHEMA, sink),
    placeAliases: readLayered(layers, TABLE_FILES.placeAliases, PLACE_ALIAS_SCHEMA, sink),
    metonyms: readLayered(layers, TABLE_FILES.metonyms, METONYM_SCHEMA, sink),
    organizations: readLayered(layers, TABLE_FILES.organizations, ORGANIZATION_SCHEMA, sink),
    agents: readLayered(layers, TABLE_FILES.agents, AGENT_SCHEMA, sink),
    people: readLayered(layers, TABLE_FILES.people, PERSON_SCHEMA, sink),
    offices: readLayered(layers, TABLE_FILES.offices, OFFICE_SCHEMA, sink),
    anaphors: readLayered(layers, TABLE_FILES.anaphors, ANAPHOR_SCHEMA, sink),
    commonWords: readLayered(layers, TABLE_FILES.commonWords, COMMON_WORD_SCHEMA, sink),
    stopWords: readLayered(layers, TABLE_FILES.stopWords, STOP_WORD_SCHEMA, sink),
    triggerStopWords: readLayered(layers, TABLE_FILES.triggerStopWords, STOP_WORD_SCHEMA, sink),
    givenNames: readLayered(layers, TABLE_FILES.givenNames, GIVEN_NAME_SCHEMA, sink),
    homographs: readLayered(layers, TABLE_FILES.homographs, HOMOGRAPH_SCHEMA, sink),
    outlets: readLayered(layers, TABLE_FILES.outlets, OUTLET_SCHEMA, sink),
  };
}
