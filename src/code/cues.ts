/**
 * Cue words (`data/rules/cues.tsv`): negation, modality, prepositions, complementizers, light and
 * speech verbs, participles — the words the coder reads around a trigger.
 */
import { z } from 'zod';
import { BUILTIN_LAYERS, type DataLayers, readLayered } from '../data/layers.js';
import { type IssueSink, THROWING_SINK, variants } from '../data/tsv.js';
import type { LexEntry } from '../lexicon/lexicon.js';
import { lemmaWords } from '../lexicon/words.js';
import type { Lang } from '../model/document.js';

/** Kinds of cue. */
export const CUE_KINDS = [
  'negation', 'negation-verb', 'nominal-negation', 'future', 'hypothetical', 'preposition', 'complementizer',
  'relative', 'light-verb', 'speech-verb', 'participle', 'phone', 'future-time', 'demonstrative', 'topic', 'temporal', 'agentive', 'place-word', 'quantifier',
  'generic', 'anterior', 'patient-frame', 'casualty', 'time-word', 'claim', 'volition', 'verb-particle', 'accident', 'partitive',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/** Payload of a cue entry. */
export interface CuePayload { id: string; cue: CueKind; norm: string }

const schema = z.object({
  id: z.string().regex(/^(ar|en)-[a-z0-9-]+$/), lang: z.enum(['ar', 'en']), phrase: z.string().min(1),
  pos: z.enum(['verb', 'noun', 'fixed']), present: z.string(), cue: z.enum(CUE_KINDS), note: z.string(),
});

/**
 * Loads the cue entries of one language.
 *
 * @param layers - the built-in cues, and a user's `rules/cues.tsv` over them
 * @param sink - where problems go (by default the first one throws)
 * @throws DataError naming file:line for a malformed row
 */
export function loadCues(lang: Lang, layers: DataLayers = BUILTIN_LAYERS, sink: IssueSink = THROWING_SINK): Array<LexEntry<CuePayload>> {
  return readLayered(layers, 'rules/cues.tsv', schema, sink)
    .filter((r) => r.lang === lang)
    .flatMap((r) => variants(r.phrase).map((phrase, k) => ({
      id: k === 0 ? r.id : `${r.id}#${k}`,
      lang,
      words: lemmaWords(phrase, r.pos, lang, r.present),
      payload: { id: r.id, cue: r.cue, norm: phrase },
    })));
}
