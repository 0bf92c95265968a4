// Lines of a byte stream, pulled one at a time so a JSONL dump of any size is
// read with flat memory (the next chunk is read only when the consumer asks for
// it), and a line longer than `maxLine` bytes is counted, not kept.

export interface Line {
  /** 1-based line number */
  number: number;
  /** the line without its end (`\n` or `\r\n`), or null when it was over `maxLine` bytes */
  text: string | null;
  bytes: number;
  /** invalid UTF-8 was replaced with U+FFFD */
  replaced: boolean;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLine: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const finish = (): Line => {
    number++;
    if (size > maxLine) return { number, text: null, bytes: size, replaced: false };
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { number, text: strictUtf8.decode(bytes), bytes: size, replaced: false };
    } catch {
      return { number, text: lenientUtf8.decode(bytes), bytes: size, replaced: true };
    }
  };
  for await (const chunk of chunks) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
      take(buf.subarray(from, nl));
      yield finish();
      parts = [];
      size = 0;
      from = nl + 1;
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
