/**
 * Bytes to text for ingest. A byte-order mark decides first (UTF-8, UTF-16LE, UTF-16BE); then an
 * HTML page's `<meta charset>` or `http-equiv` declaration (html-encoding-sniffer, the WHATWG
 * encoding-sniffing algorithm) or an XML declaration's `encoding`; anything else must be strict
 * UTF-8. Declared legacy encodings (windows-1256, ISO-8859-6…) are decoded by Node's TextDecoder
 * (WHATWG Encoding Standard; needs Node's full ICU, the default build). Binary files are told apart,
 * and line-oriented inputs are decoded a line at a time so that a bad line costs that line only.
 */
import sniffHTMLEncoding from 'html-encoding-sniffer';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** How the bytes of a file are to be read: HTML sniffs `<meta charset>`, XML its declaration. */
export type TextKind = 'text' | 'html' | 'xml';

/** Decoded text, or why the bytes are not text. */
export type Decoded = { text: string; encoding: string } | { reason: string };

/**
 * Why bytes with NUL bytes are not text: binary, or UTF-16 without a byte-order mark when the NULs
 * fall on one parity (ASCII in UTF-16LE is `41 00`, in UTF-16BE `00 41`).
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul < 0) return null;
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const nuls = even + odd;
  if (nuls * 8 >= sample.length && Math.max(even, odd) >= nuls * 0.95) {
    const order = odd > even ? 'LE' : 'BE';
    return `binary content (NUL byte at offset ${nul}); looks like UTF-16${order} without a byte-order mark, expected UTF-8 text (or UTF-16 with a byte-order mark)`;
  }
  return `binary content (NUL byte at offset ${nul}), expected UTF-8 text`;
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="windows-1256"?>`), or null. */
function xmlDeclared(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? m[1]! : null;
}

/** The WHATWG name of an encoding label, or null when Node's TextDecoder does not know it. */
function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes a file's bytes.
 *
 * @param kind - `html` honours a `<meta charset>` declaration, `xml` an XML declaration
 * @returns the text (a byte-order mark removed) and the encoding's WHATWG name (`utf-8`,
 *   `utf-16le`, `windows-1256`…), or a reason: binary, not valid UTF-8 or UTF-16, an unknown charset
 */
export function decodeText(bytes: Uint8Array, kind: TextKind = 'text'): Decoded {
  const sniffed = sniffHTMLEncoding(bytes, { xml: kind !== 'html', defaultEncoding: 'UTF-8' });
  const label = sniffed === 'UTF-8' && kind === 'xml' ? xmlDeclared(bytes) ?? sniffed : sniffed;
  const encoding = encodingName(label);
  if (encoding === null) return { reason: `the declared charset "${label}" is not one Marsad can decode (expected UTF-8 or a WHATWG encoding such as windows-1256)` };
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      return { reason: `not valid ${encoding.toUpperCase()} text (its byte-order mark says so)` };
    }
  }
  const binary = binaryReason(bytes);
  if (binary) return { reason: binary };
  if (encoding !== 'utf-8') return { text: new TextDecoder(encoding).decode(bytes), encoding };
  const text = decodeUtf8(bytes);
  if (text !== null) return { text, encoding };
  const hint = kind === 'text' ? 'convert a legacy encoding first, e.g. iconv -f WINDOWS-1256 -t UTF-8' : `and no other charset is declared${kind === 'html' ? ' (<meta charset>)' : ' (<?xml encoding>)'}`;
  return { reason: `not valid UTF-8 text; ${hint}` };
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

/**
 * Splits bytes at LF (dropping a CR before it) and decodes each line on its own. A file with a
 * UTF-16 byte-order mark is decoded whole first (its line breaks are two bytes).
 */
export function* decodeLines(bytes: Uint8Array): Generator<DecodedLine> {
  const sniffed = sniffHTMLEncoding(bytes, { xml: true, defaultEncoding: 'UTF-8' });
  if (sniffed === 'UTF-16LE' || sniffed === 'UTF-16BE') {
    const decoded = decodeText(bytes);
    if ('reason' in decoded) return yield { line: 1, text: null, bytes: bytes.length };
    const lines = decoded.text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (let i = 0; i < lines.length; i++) yield { line: i + 1, text: lines[i]!.replace(/\r$/, ''), bytes: 2 * (lines[i]!.length + 1) };
    return;
  }
  let start = 0;
  for (let n = 1; start < bytes.length; n++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const stop = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
    yield { line: n, text: decodeUtf8(bytes.subarray(start, stop)), bytes: Math.min(bytes.length, end + 1) - start };
    start = end + 1;
  }
}
