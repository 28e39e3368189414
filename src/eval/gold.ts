/**
 * Gold records (DESIGN §5): JSON Lines, one document a line, with the events expected of it.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { describeIssue } from '../data/issues.js';
import { parseIsoDate } from '../dates/calendar.js';
import { PLOVER_EVENTS } from '../model/event.js';

const goldActor = z.object({
  country: z.string().nullable().optional(),
  sector: z.string().nullable().optional(),
  org: z.string().nullable().optional(),
  name: z.string().optional(),
}).nullable();

const goldEvent = z.object({
  event: z.union([z.enum(PLOVER_EVENTS), z.array(z.enum(PLOVER_EVENTS)).min(1)], { error: `expected one of ${PLOVER_EVENTS.join(', ')}, or a list of them` }),
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

const goldMention = z.object({
  text: z.string().min(1), type: z.string().min(1), name: z.string().optional(), country: z.string().optional(),
  sector: z.string().optional(), org: z.string().optional(), role: z.string().optional(),
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
  mentions: z.array(goldMention).optional(),
});

/** One expected event. */
export type GoldEvent = z.infer<typeof goldEvent>;
/** A span the record says must be recognised, with its codes (PERSON, ORG, PLACE…). */
export type GoldMention = z.infer<typeof goldMention>;
/** One gold document with its text loaded. */
export type GoldRecord = z.infer<typeof goldRecord> & { text: string; line: number };

/**
 * Reads a gold file.
 *
 * @param file - path of a `.jsonl` gold file
 * @param sharedDir - folder that `textFile` paths are relative to (default: the gold file's parent's parent, i.e. `shared/`)
 * @throws InputError naming file:line for a file that is not UTF-8 or holds no record, invalid JSON,
 *   a record that fails the schema or has a bad date, or a missing or non-UTF-8 text file
 */
export function readGold(file: string, sharedDir?: string): GoldRecord[] {
  const content = readUtf8(file, file);
  const base = sharedDir ?? dirname(dirname(file));
  const out: GoldRecord[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      throw new InputError(`${file}:${i + 1}: invalid JSON (${(err as Error).message.slice(0, 120)})`);
    }
    const parsed = goldRecord.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`${file}:${i + 1}: ${issue ? describeIssue(issue, json) : 'invalid record'}`);
    }
    if (parsed.data.date !== undefined && !parseIsoDate(parsed.data.date)) {
      throw new InputError(`${file}:${i + 1}: field "date": expected a calendar date YYYY-MM-DD (found "${parsed.data.date}")`);
    }
    const r = parsed.data;
    let text = r.text;
    if (text === undefined && r.textFile) {
      const path = isAbsolute(r.textFile) ? r.textFile : join(base, r.textFile);
      text = readUtf8(path, `${file}:${i + 1}: textFile "${r.textFile}" (looked in ${base})`);
    }
    if (text === undefined) throw new InputError(`${file}:${i + 1}: record "${r.id}" has neither text nor textFile`);
    out.push({ ...r, text, line: i + 1 });
  });
  if (out.length === 0) throw new InputError(`${file}: holds no gold records (expected one JSON object per line)`);
  return out;
}

/**
 * Reads a file as strict UTF-8.
 *
 * @param what - how errors name the file
 * @throws InputError when the file cannot be read or is not valid UTF-8
 */
export function readUtf8(path: string, what: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${what}: cannot read (${code === 'ENOENT' ? 'no such file' : (err as Error).message})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${what}: not valid UTF-8 text`);
  }
}
