/**
 * Gold records (DESIGN §5): JSON Lines, one document a line, with the events expected of it.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { PLOVER_EVENTS } from '../model/event.js';

const goldActor = z.object({
  country: z.string().nullable().optional(),
  sector: z.string().nullable().optional(),
  org: z.string().nullable().optional(),
  name: z.string().optional(),
}).nullable();

const goldEvent = z.object({
  event: z.union([z.enum(PLOVER_EVENTS), z.array(z.enum(PLOVER_EVENTS)).min(1)]),
  cameo: z.string().optional(),
  actor: goldActor.optional(),
  recipient: goldActor.optional(),
  symmetric: z.boolean().optional(),
  required: z.boolean().optional(),
  absent: z.boolean().optional(),
  mode: z.string().optional(),
  location: z.string().optional(),
  date: z.string().optional(),
  note: z.string().optional(),
});

const goldRecord = z.object({
  id: z.string().min(1),
  lang: z.enum(['ar', 'en']).optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  text: z.string().optional(),
  textFile: z.string().optional(),
  category: z.array(z.string()).optional(),
  events: z.array(goldEvent),
});

/** One expected event. */
export type GoldEvent = z.infer<typeof goldEvent>;
/** One gold document with its text loaded. */
export type GoldRecord = z.infer<typeof goldRecord> & { text: string; line: number };

/**
 * Reads a gold file.
 *
 * @param file - path of a `.jsonl` gold file
 * @param sharedDir - folder that `textFile` paths are relative to (default: the gold file's parent's parent, i.e. `shared/`)
 * @throws InputError naming file:line for invalid JSON, a record that fails the schema, or a missing text file
 */
export function readGold(file: string, sharedDir?: string): GoldRecord[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: cannot read gold file (${(err as Error).message})`);
  }
  const base = sharedDir ?? dirname(dirname(file));
  const out: GoldRecord[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      throw new InputError(`${file}:${i + 1}: invalid JSON (${(err as Error).message})`);
    }
    const parsed = goldRecord.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`${file}:${i + 1}: field "${issue?.path.join('.')}": ${issue?.message}`);
    }
    const r = parsed.data;
    let text = r.text;
    if (text === undefined && r.textFile) {
      const path = isAbsolute(r.textFile) ? r.textFile : join(base, r.textFile);
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        throw new InputError(`${file}:${i + 1}: textFile "${r.textFile}" not found (looked in ${base})`);
      }
    }
    if (text === undefined) throw new InputError(`${file}:${i + 1}: record "${r.id}" has neither text nor textFile`);
    out.push({ ...r, text, line: i + 1 });
  });
  return out;
}
