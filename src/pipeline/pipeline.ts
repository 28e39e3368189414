/**
 * Builds and runs a pipeline: a list of stages checked once when built, so that a stage whose
 * requirement nothing earlier assigns fails at once, naming the stage and the field.
 */
import { PipelineError } from '../errors.js';
import type { Analysis } from './analysis.js';
import type { AnalysisField, Stage } from './stage.js';

/** A checked, runnable list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  run(analysis: Analysis): Analysis;
}

/**
 * Checks a list of stages and returns a pipeline.
 *
 * @throws PipelineError when two stages share a name, or a stage requires a field that no earlier
 *   stage assigns (the message names the stage, the field and the fields available at that point)
 */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Set<AnalysisField>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineError(`pipeline: duplicate stage "${stage.name}"`);
    names.add(stage.name);
    for (const field of stage.requires) {
      if (!available.has(field)) {
        const have = [...available].join(', ') || 'nothing';
        throw new PipelineError(`pipeline: stage "${stage.name}" requires "${field}", which no earlier stage assigns (available: ${have})`);
      }
    }
    for (const field of stage.assigns) available.add(field);
  }
  const frozen = Object.freeze([...stages]);
  return {
    stages: frozen,
    run(analysis) {
      for (const stage of frozen) stage.run(analysis);
      return analysis;
    },
  };
}
