/**
 * The default pipeline (DESIGN §4), one exported array, checked when the module loads.
 */
import { codeStage } from '../code/stage.js';
import { dateStage } from '../dates/stage.js';
import { cueStage, mentionStage, triggerStage } from '../recognize/stages.js';
import { actorStage } from '../resolve/actors.js';
import { normalizeStage, sentenceStage, tokenizeStage } from '../text/stages.js';
import { buildPipeline } from './pipeline.js';
import type { Stage } from './stage.js';

/** The stages of the default pipeline, in order. */
export const DEFAULT_STAGES: readonly Stage[] = Object.freeze([
  normalizeStage,
  tokenizeStage,
  sentenceStage,
  cueStage,
  triggerStage,
  mentionStage,
  actorStage,
  dateStage,
  codeStage,
]);

/** The default pipeline, built (and so checked) once. */
export const DEFAULT_PIPELINE = buildPipeline(DEFAULT_STAGES);
