// Bytes to text: UTF-8 with or without BOM, UTF-16 by its BOM; invalid UTF-8 is
// replaced (U+FFFD) with a warning instead of failing the document.

export interface Decoded {
  text: string;
  warnings: string[];
}

export class DecodeError extends Error {}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warnings: [] };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new DecodeError("binary data, not text (NUL bytes)");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), warnings: [] };
  } catch {
    return {
      text: new TextDecoder("utf-8").decode(body),
      warnings: ["encoding: invalid UTF-8 bytes replaced with U+FFFD"],
    };
  }
}

/** NUL bytes in the first kilobytes mean an image, archive or other binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul > 0 && nul * 100 > n;
}
