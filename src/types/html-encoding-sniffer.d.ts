// Types for html-encoding-sniffer 6 (the package ships none): the WHATWG HTML encoding-sniffing
// algorithm (https://html.spec.whatwg.org/#encoding-sniffing-algorithm) over a byte stream.
declare module 'html-encoding-sniffer' {
  /**
   * @returns the WHATWG name of the encoding (`UTF-8`, `UTF-16LE`, `windows-1256`…): from a
   *   byte-order mark, else the transport label, else (not for XML) a `<meta charset>` or
   *   `http-equiv` declaration in the first 1,024 bytes, else `defaultEncoding`
   */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
