import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeLines, decodeText } from './decode.js';

/** Encodes text in a single-byte legacy encoding by inverting Node's own decoder table. */
function legacyBytes(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => {
    const b = table.get(c);
    assert.ok(b !== undefined, `${c} is not in ${encoding}`);
    return b;
  }));
}

const AR = 'استقبل الرئيس السوري في دمشق وزير الخارجية العراقي.';

test('decode: HTML in windows-1256 declared by <meta charset> or http-equiv is decoded by its charset', () => {
  for (const head of ['<meta charset="windows-1256">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', '<META CHARSET=cp1256>']) {
    const bytes = Buffer.concat([Buffer.from(`<html><head>${head}</head><body><p>`), legacyBytes(AR, 'windows-1256'), Buffer.from('</p></body></html>')]);
    const decoded = decodeText(bytes, 'html');
    assert.ok('text' in decoded, JSON.stringify(decoded));
    assert.equal(decoded.encoding, 'windows-1256');
    assert.ok(decoded.text.includes(AR));
  }
});

test('decode: a feed in ISO-8859-6 declared by its XML declaration is decoded by it', () => {
  const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-6"?><rss><channel><title>'), legacyBytes('سانا', 'iso-8859-6'), Buffer.from('</title></channel></rss>')]);
  const decoded = decodeText(bytes, 'xml');
  assert.ok('text' in decoded && decoded.text.includes('<title>سانا</title>'));
});

test('decode: undeclared legacy bytes are not valid UTF-8, with a hint to convert them', () => {
  const decoded = decodeText(legacyBytes(AR, 'windows-1256'));
  assert.ok('reason' in decoded);
  assert.match(decoded.reason, /^not valid UTF-8 text; convert a legacy encoding first, e\.g\. iconv -f WINDOWS-1256 -t UTF-8$/);
  const page = decodeText(Buffer.concat([Buffer.from('<p>'), legacyBytes(AR, 'windows-1256')]), 'html');
  assert.ok('reason' in page && /no other charset is declared/.test(page.reason));
  const unknown = decodeText(Buffer.from('<meta charset="klingon-8"><p>x</p>'), 'html');
  assert.ok('text' in unknown, 'an unknown label is ignored by the WHATWG prescan and UTF-8 is used');
});

test('decode: text with a UTF-16 byte-order mark is decoded (LE and BE), without the mark', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${AR}\n`, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${AR}\n`, 'utf16le').swap16()]);
  for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
    assert.deepEqual(decodeText(bytes), { text: `${AR}\n`, encoding });
  }
});

test('decode: NUL bytes are binary, and UTF-16 without a byte-order mark is named as such', () => {
  const le = decodeText(Buffer.from('The minister met his counterpart in Amman.', 'utf16le'));
  assert.ok('reason' in le);
  assert.match(le.reason, /^binary content \(NUL byte at offset 1\); looks like UTF-16LE without a byte-order mark/);
  const be = decodeText(Buffer.from('The minister met his counterpart.', 'utf16le').swap16());
  assert.ok('reason' in be && /looks like UTF-16BE without a byte-order mark/.test(be.reason));
  const png = decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x7f, 0x33, 0x21, 0x40, 0x51]));
  assert.deepEqual(png, { reason: 'binary content (NUL byte at offset 4), expected UTF-8 text' });
});

test('decode: JSON Lines with a UTF-16 byte-order mark are split into lines after decoding', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text": "أ"}\r\n{"text": "ب"}\n', 'utf16le')]);
  assert.deepEqual([...decodeLines(bytes)].map((l) => [l.line, l.text]), [[1, '{"text": "أ"}'], [2, '{"text": "ب"}']]);
});
