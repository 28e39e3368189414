/**
 * Pipeline stages (DESIGN §4; after spaCy's `Language.factory(..., assigns=[...])`): each stage is a
 * named function over the analysed document that declares the fields it needs and the fields it writes.
 */
import type { Analysis } from './analysis.js';

/** Fields of {@link Analysis} that stages read and write. */
export type AnalysisField = Exclude<keyof Analysis, 'doc' | 'resources'>;

/** One stage of the pipeline. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly AnalysisField[];
  readonly assigns: readonly AnalysisField[];
  /** Reads `requires`, writes `assigns` on the analysis (in place). */
  run(analysis: Analysis): void;
}
