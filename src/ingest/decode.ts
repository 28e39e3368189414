/**
 * Bytes to text for ingest: strict UTF-8, binary files told apart, line-by-line decoding so that a
 * bad line costs that line only.
 */

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Why bytes are not text, or null when they decode as UTF-8 without NUL bytes. */
export function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `binary content (NUL byte at offset ${nul}), expected UTF-8 text`;
  return null;
}

/**
 * Decodes UTF-8 strictly.
 *
 * @returns the text (a leading byte-order mark removed), or null when the bytes are not valid UTF-8
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** One line of a line-oriented input (1-based number), or null text when not valid UTF-8. */
export interface DecodedLine { line: number; text: string | null; /** Bytes the line took, its line break included. */ bytes: number }

/** Splits bytes at LF (dropping a CR before it) and decodes each line on its own. */
export function* decodeLines(bytes: Uint8Array): Generator<DecodedLine> {
  let start = 0;
  for (let n = 1; start < bytes.length; n++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const stop = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
    yield { line: n, text: decodeUtf8(bytes.subarray(start, stop)), bytes: Math.min(bytes.length, end + 1) - start };
    start = end + 1;
  }
}
