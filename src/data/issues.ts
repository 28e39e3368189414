/**
 * Turns a zod validation issue into a message that names the field, says what was expected and
 * shows what was found (zod's own "Invalid input" says neither).
 */
import type { z } from 'zod';

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    // a value nested too deep to print (a hostile input): say what it is
    s = Array.isArray(v) ? 'a deeply nested array' : typeof v;
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/**
 * One line for a zod issue.
 *
 * @param issue - the first issue of a failed `safeParse`
 * @param input - the value that was parsed (to show what was found)
 * @returns e.g. `field "event": expected one of AGREE, CONSULT, … (found "MEET")`
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.map(String).join('.') || '(record)';
  const found = show(valueAt(input, issue.path));
  switch (issue.code) {
    case 'invalid_value':
      return `field "${field}": expected one of ${issue.values.map(String).join(', ')} (found ${found})`;
    case 'invalid_type':
      return `field "${field}": expected ${issue.expected} (found ${found})`;
    case 'unrecognized_keys':
      return `field "${field}": unknown field`;
    case 'invalid_union':
      return `field "${field}": ${issue.message === 'Invalid input' ? 'not an accepted value' : issue.message} (found ${found})`;
    default:
      return `field "${field}": ${issue.message} (found ${found})`;
  }
}
