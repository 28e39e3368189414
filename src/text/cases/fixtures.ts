/**
 * Reads the text-layer case tables `test/text-cases/*.tsv` (written for Marsad; see the README
 * there) and registers one node:test case per row, so that a failure names its file, id and category.
 */
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../../data/paths.js';
import { readTsv, type Row } from '../../data/tsv.js';
import { unescapeField } from './render.js';

const id = z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case slug');
const status = z.enum(['ok', 'known'], { error: 'expected "ok", or "known" for a known failure' });
const base = { id, category: z.string().min(1), input: z.string().min(1), expected: z.string().min(1), status };

/** A plain case: an input and the expected rendering. */
const caseSchema = z.object(base);
/** A matching case: a dictionary entry (part of speech, lemma, optional present) and a text. */
const matchSchema = z.object({
  ...base,
  pos: z.enum(['verb', 'noun', 'title', 'nisba', 'fixed']),
  lemma: z.string().min(1),
  present: z.string().min(1),
});

/** A plain case with its escapes decoded. */
export type TextCase = Row<z.infer<typeof caseSchema>>;
/** A matching case with its escapes decoded. */
export type MatchCase = Row<z.infer<typeof matchSchema>>;

/** Absolute path of a case table. */
export function casePath(file: string): string {
  return join(PACKAGE_ROOT, 'test', 'text-cases', file);
}

/**
 * Loads a table of plain cases, decoding escapes in `input` and `expected`.
 *
 * @throws DataError naming file:line for a malformed row or a duplicate id
 */
export function loadCases(file: string): TextCase[] {
  return readTsv(casePath(file), caseSchema).map((r) => ({ ...r, input: unescapeField(r.input), expected: unescapeField(r.expected) }));
}

/**
 * Loads a table of matching cases, decoding escapes in `input` and `expected`.
 *
 * @throws DataError naming file:line for a malformed row or a duplicate id
 */
export function loadMatchCases(file: string): MatchCase[] {
  return readTsv(casePath(file), matchSchema).map((r) => ({ ...r, input: unescapeField(r.input), expected: unescapeField(r.expected) }));
}

/**
 * Registers one test per case under a suite named for the file. `check` asserts the case; a case
 * marked `known` is registered as a TODO (reported, not failing) and says so in its name.
 */
export function runCases<C extends { id: string; category: string; status: string; line: number }>(file: string, cases: readonly C[], check: (c: C) => void): void {
  describe(`text cases ${file}`, () => {
    for (const c of cases) {
      const name = `${c.id} (${c.category}, line ${c.line})`;
      if (c.status === 'known') it(`${name} [known failure]`, { todo: true }, () => check(c));
      else it(name, () => check(c));
    }
  });
}

/** Asserts a rendered value, naming the input in the message. */
export function expectRendered(c: { input: string; expected: string }, actual: string): void {
  assert.equal(actual, c.expected, `input ${JSON.stringify(c.input)}`);
}
