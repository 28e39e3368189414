/**
 * Reading CLI input: a file path or "-" for standard input.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

/**
 * Reads a whole input as UTF-8 text.
 *
 * @param path - a file path, or "-" / undefined for standard input
 * @throws InputError when the file cannot be read or is not valid UTF-8
 */
export function readInput(path: string | undefined): string {
  const name = !path || path === '-' ? 'standard input' : path;
  let bytes: Buffer;
  try {
    bytes = readFileSync(!path || path === '-' ? 0 : path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, expected a file' : (err as Error).message;
    throw new InputError(`${name}: cannot read input (${why})`);
  }
  try {
    // a byte-order mark is kept, so that offsets count from the file's first character; normalization ignores it
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
}
