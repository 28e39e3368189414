/**
 * The CAMEO codebook with Goldstein scores, QuadClass and the CAMEO→PLOVER mapping
 * (`data/codebook/cameo.tsv`; sources named in its header).
 */
import { z } from 'zod';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';
import { UnknownCodeError } from '../errors.js';
import { PLOVER_EVENTS, type PloverEvent } from '../model/event.js';

/** One CAMEO code. */
export interface CameoCode {
  code: string;
  name: string;
  /** Goldstein (1992) conflict–cooperation score, −10..+10. */
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  /** PLOVER event type, or null for CAMEO root 01 (statements: not an event). */
  plover: PloverEvent | null;
  mode: string | null;
  contexts: string[];
}

const schema = z.object({
  code: z.string().regex(/^\d{3,4}$/, 'expected a 3- or 4-digit CAMEO code'),
  name: z.string().min(1),
  goldstein: z.coerce.number().min(-10).max(10),
  quad_class: z.enum(['1', '2', '3', '4']),
  plover: z.union([z.literal(''), z.enum(PLOVER_EVENTS)]),
  mode: z.string(),
  contexts: z.string(),
});

let table: Map<string, CameoCode> | null = null;

/** Loads (once) and returns the codebook keyed by code. */
export function cameoCodebook(): ReadonlyMap<string, CameoCode> {
  if (table) return table;
  table = new Map();
  for (const r of readTsv(dataPath('codebook', 'cameo.tsv'), schema)) {
    table.set(r.code, {
      code: r.code, name: r.name, goldstein: r.goldstein, quadClass: Number(r.quad_class) as 1 | 2 | 3 | 4,
      plover: r.plover || null, mode: r.mode || null, contexts: r.contexts ? r.contexts.split(';') : [],
    });
  }
  return table;
}

/**
 * Looks up a CAMEO code.
 *
 * @throws UnknownCodeError listing valid codes when the code is not in the codebook
 */
export function cameo(code: string): CameoCode {
  const found = cameoCodebook().get(code);
  if (!found) throw new UnknownCodeError('CAMEO code', code, [...cameoCodebook().keys()]);
  return found;
}
