// Lines of a byte stream, pulled one at a time so a JSONL dump of any size is
// read with flat memory (the next chunk is read only when the consumer asks for
// it), and a line longer than `maxLine` bytes is counted, not kept.
import { decodeBytes, DecodeError } from "./decode.js";

export interface Line {
  /** 1-based line number */
  number: number;
  /** the line without its end (`\n`, `\r\n` or `\r`), or null when it was over `maxLine` bytes */
  text: string | null;
  bytes: number;
  /** how a line that is not valid UTF-8 was read (decode.ts: a Latin-1 line as Latin-1, stray bytes as U+FFFD) */
  warnings: string[];
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/** A line that is not valid UTF-8, read as a whole file would be; one that is no text at all, with U+FFFD. */
function notUtf8(bytes: Uint8Array): { text: string; warnings: string[] } {
  try {
    return decodeBytes(bytes);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return { text: lenientUtf8.decode(bytes), warnings: ["encoding: invalid UTF-8 bytes replaced with U+FFFD"] };
  }
}

export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLine: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const finish = (): Line => {
    number++;
    if (size > maxLine) return { number, text: null, bytes: size, warnings: [] };
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { number, text: strictUtf8.decode(bytes), bytes: size, warnings: [] };
    } catch {
      return { number, ...notUtf8(bytes), bytes: size };
    }
  };
  // a line ends at \n, \r\n, or a \r alone (files from classic Mac OS and some exporters: each of
  // their documents was one parse error's worth of a single line); a \r that ends a chunk may be
  // the first half of a \r\n
  let afterCR = false;
  for await (const chunk of chunks) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = afterCR && buf[0] === 10 ? 1 : 0;
    afterCR = false;
    let nl = buf.indexOf(10, from);
    let cr = buf.indexOf(13, from);
    while (nl !== -1 || cr !== -1) {
      const end = cr !== -1 && (nl === -1 || cr < nl) ? cr : nl;
      take(buf.subarray(from, end));
      yield finish();
      parts = [];
      size = 0;
      from = end + (end === cr && buf[end + 1] === 10 ? 2 : 1);
      if (end === cr && end + 1 === buf.length) afterCR = true;
      // each search runs on from where it stopped: lines stay linear in a chunk without \r
      if (nl !== -1 && nl < from) nl = buf.indexOf(10, from);
      if (cr !== -1 && cr < from) cr = buf.indexOf(13, from);
    }
    if (from < buf.length) take(buf.subarray(from));
  }
  if (size > 0) yield finish();

  function take(piece: Buffer): void {
    // past the limit only the count grows: a 2 GB line costs no memory
    if (size <= maxLine && piece.length) parts.push(piece);
    size += piece.length;
  }
}
