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
  const name = inputName(path);
  const bytes = readBytes(path);
  try {
    // a byte-order mark is kept, so that offsets count from the file's first character; normalization ignores it
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
}

/** How an input is named in messages. */
export function inputName(path: string | undefined): string {
  return !path || path === '-' ? 'standard input' : path;
}

/**
 * Reads an input's bytes.
 *
 * @throws InputError naming the input when it cannot be read
 */
export function readBytes(path: string | undefined): Buffer {
  try {
    return readFileSync(!path || path === '-' ? 0 : path);
  } catch (err) {
    throw new InputError(`${inputName(path)}: cannot read input (${fsReason(err)})`);
  }
}

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file', EISDIR: 'is a directory, expected a file', EACCES: 'permission denied', EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device', EDQUOT: 'disk quota exceeded', EROFS: 'read-only file system', EPIPE: 'the reader has gone',
  EIO: 'input/output error', EFBIG: 'file too large', ENOTDIR: 'a part of the path is not a folder', ENAMETOOLONG: 'name too long',
};

/** Why a file operation failed, in words (`no space left on the device`), from its error code. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return (code && FS_REASONS[code]) ?? (err as Error).message;
}

/** One line of a line-oriented input: its text, or null when the line is not valid UTF-8. */
export interface InputLine { line: number; text: string | null }

/**
 * Splits an input into lines and decodes each on its own, so that one line of bad bytes costs
 * that line only.
 */
export function readLines(path: string | undefined): InputLine[] {
  const bytes = readBytes(path);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: InputLine[] = [];
  let start = 0;
  for (let n = 1; start <= bytes.length; n++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const chunk = bytes.subarray(start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
    let text: string | null;
    try {
      text = decoder.decode(chunk).replace(/^\uFEFF/, '');
    } catch {
      text = null;
    }
    out.push({ line: n, text });
    start = end + 1;
  }
  return out;
}
