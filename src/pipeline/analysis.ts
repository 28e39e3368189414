/**
 * The analysed document that flows through the pipeline: the input document, the shared resources,
 * and one optional field per stage output.
 */
import type { Lang, Sentence, Token } from '../model/document.js';
import type { MarsadEvent } from '../model/event.js';
import type { Normalized } from '../text/normalize.js';
import type { Mention } from '../recognize/mention.js';
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import type { CueMatch, TriggerMatch } from '../code/matches.js';
import type { TriggerTrace } from '../code/stage.js';
import type { DateMention } from '../dates/date-mention.js';
import type { Resources } from '../resources.js';

/** The document as the pipeline sees it (defaults filled in). */
export interface PipelineDocument {
  id: string;
  text: string;
  lang: Lang;
  /** ISO 8601 date or null. */
  publishedAt: string | null;
  source: string | null;
  /** ISO 3166-1 alpha-3 of the outlet, from the user or the outlet table, or null. */
  sourceCountry: string | null;
}

/** Everything known about one document as the stages run. */
export interface Analysis {
  doc: PipelineDocument;
  resources: Resources;
  normalized?: Normalized;
  tokens?: Token[];
  sentences?: Sentence[];
  mentions?: Mention[];
  actors?: ResolvedActor[];
  cues?: CueMatch[];
  triggers?: TriggerMatch[];
  dates?: DateMention[];
  events?: MarsadEvent[];
  /** Why each trigger did or did not become events (`marsad explain`). */
  trace?: TriggerTrace[];
}
