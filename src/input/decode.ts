// Bytes to text. In order: a byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16
// without a mark, from where its NUL bytes fall; valid UTF-8; the charset the
// page declares (<meta charset>, http-equiv, <?xml encoding>); chardet's guess;
// Windows-1252. Whenever the bytes did not say it themselves, a warning says
// what was assumed. Invalid bytes become U+FFFD, never an exception.
// chardet and iconv-lite load only for the rare document that is not UTF-8.
import { createRequire } from "node:module";
import type * as Iconv from "iconv-lite";
import type * as Chardet from "chardet";

export interface Decoded {
  text: string;
  warnings: string[];
  /** the encoding the text was read as (WHATWG-style lower-case label) */
  encoding?: string;
}

export class DecodeError extends Error {}

/** How far into the document a declared charset is looked for (the HTML spec's prescan reads 1024 bytes; pages with long <head>s declare later). */
const DECLARATION_WINDOW = 4096;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), []);
  }
  // UTF-32 first: its little-endian mark opens with UTF-16's
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return utf32(bytes.subarray(4), true, []);
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return utf32(bytes.subarray(4), false, []);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le", []);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be", []);
  const unmarked32 = utf32WithoutBom(bytes);
  if (unmarked32) {
    const le = unmarked32 === "utf-32le";
    return utf32(bytes, le, [`encoding: no byte-order mark; assumed ${unmarked32.toUpperCase()} from the pattern of NUL bytes`]);
  }
  const unmarked = utf16WithoutBom(bytes);
  if (unmarked) return utf16(bytes, unmarked, [`encoding: no byte-order mark; assumed ${unmarked.toUpperCase()} from the pattern of NUL bytes`]);
  if (looksBinary(bytes)) throw new DecodeError("binary data, not text (NUL or other control bytes)");
  const declared = declaredCharset(bytes);
  let strict: string | null = null;
  try {
    strict = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    strict = null;
  }
  if (strict !== null) {
    const warnings: string[] = [];
    if (declared && !/^(utf-?8|us-ascii|ascii)$/i.test(declared) && hasNonAscii(bytes)) {
      warnings.push(`encoding: the page declares ${declared} but its bytes are valid UTF-8; read as UTF-8`);
    }
    return { text: strict, warnings, encoding: "utf-8" };
  }
  // mostly UTF-8 with a few broken bytes (a truncated or spliced file): still UTF-8
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid > 0 && invalid * 4 <= valid) return utf8(bytes, []);
  // not UTF-8: the declaration, else chardet, else the web's default for Western text
  const iconv = load<typeof Iconv>("iconv-lite");
  // (a declaration of UTF-16 or UTF-32 in bytes that are neither, which the checks above would have
  // found, is wrong: the HTML standard reads such a page as UTF-8, and iconv made CJK of its Latin-1)
  const usable = declared && !/^(utf-?8|utf-?(16|32)(le|be)?|ucs-?[24]|unicode)$/i.test(declared) && iconv.encodingExists(declared) ? declared : null;
  const guess = usable ? null : chardetGuess(bytes);
  // UTF-8 and Windows-1252 (or Latin-1) text in one file (two files joined, a Latin-1 line pasted into a
  // UTF-8 page): read as one encoding, the other's accented letters were garbled (`BelgiÃ«`)
  if (valid >= 2 && valid * 10 >= invalid) {
    const western = whatwgLabel(usable ?? guess ?? "windows-1252");
    if (/^(windows-1252|iso-8859-15)$/.test(western)) {
      return {
        text: mixedUtf8(bytes, western),
        warnings: [`encoding: UTF-8 mixed with ${western}; each byte sequence read as the one it is valid in`],
        encoding: "utf-8",
      };
    }
  }
  if (usable) {
    const label = whatwgLabel(usable);
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label),
      warnings: [`encoding: not UTF-8; decoded as ${label} as the document declares (${usable})`],
      encoding: label,
    };
  }
  if (guess && iconv.encodingExists(guess)) {
    const label = whatwgLabel(guess);
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label),
      warnings: [`encoding: not UTF-8 and none declared${declared ? ` usable (${declared})` : ""}; assumed ${label} (detected by chardet)`],
      encoding: label,
    };
  }
  if (declared && /^utf-?8$/i.test(declared)) return utf8(bytes, []);
  return {
    text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252"),
    warnings: ["encoding: not UTF-8 and not recognised; assumed windows-1252"],
    encoding: "windows-1252",
  };
}

function utf8(body: Uint8Array, warnings: string[]): Decoded {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), warnings, encoding: "utf-8" };
  } catch {
    return {
      text: new TextDecoder("utf-8").decode(body),
      warnings: [...warnings, "encoding: invalid UTF-8 bytes replaced with U+FFFD"],
      encoding: "utf-8",
    };
  }
}

function utf16(body: Uint8Array, encoding: "utf-16le" | "utf-16be", warnings: string[]): Decoded {
  const odd = body.length % 2 === 1;
  const text = new TextDecoder(encoding).decode(odd ? body.subarray(0, body.length - 1) : body);
  const w = [...warnings];
  if (odd) w.push(`encoding: ${encoding.toUpperCase()} with an odd number of bytes; the last byte was dropped`);
  if (text.includes("\uFFFD")) w.push(`encoding: invalid ${encoding.toUpperCase()} sequences replaced with U+FFFD`);
  return { text, warnings: w, encoding };
}

/** UTF-32 (which TextDecoder does not read): a code point in every four bytes; one out of range becomes U+FFFD. */
function utf32(body: Uint8Array, le: boolean, warnings: string[]): Decoded {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const units = Math.floor(body.length / 4);
  const parts: string[] = [];
  let chars: number[] = [];
  let invalid = false;
  for (let i = 0; i < units; i++) {
    let cp = view.getUint32(i * 4, le);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      cp = 0xfffd;
      invalid = true;
    }
    chars.push(cp);
    if (chars.length === 8192) {
      parts.push(String.fromCodePoint(...chars));
      chars = [];
    }
  }
  parts.push(String.fromCodePoint(...chars));
  const name = le ? "UTF-32LE" : "UTF-32BE";
  const w = [...warnings];
  if (body.length % 4) w.push(`encoding: ${name} with ${body.length % 4} bytes left over; they were dropped`);
  if (invalid) w.push(`encoding: invalid ${name} code points replaced with U+FFFD`);
  return { text: parts.join(""), warnings: w, encoding: le ? "utf-32le" : "utf-32be" };
}

/** Latin text in UTF-32 without a BOM: three NUL bytes in every four, the other at the first (LE) or last (BE) place. */
function utf32WithoutBom(bytes: Uint8Array): "utf-32le" | "utf-32be" | null {
  const n = Math.min(bytes.length, 1024) & ~3;
  if (n < 16) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 4) {
    if (bytes[i + 3] === 0 && bytes[i + 2] === 0 && bytes[i] !== 0) le++;
    if (bytes[i] === 0 && bytes[i + 1] === 0 && bytes[i + 3] !== 0) be++;
  }
  const units = n / 4;
  if (le > units * 0.9) return "utf-32le";
  if (be > units * 0.9) return "utf-32be";
  return null;
}

/**
 * Latin text in UTF-16 without a BOM has a NUL in every other byte: at odd
 * offsets for little-endian, at even offsets for big-endian.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

/** `<meta charset=…>`, `<meta http-equiv="Content-Type" content="…; charset=…">` or `<?xml … encoding="…"?>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, DECLARATION_WINDOW)).toString("latin1");
  const m =
    /<meta\b[^>]{0,300}?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i.exec(head) ??
    /<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z0-9_:.-]{1,40})["']/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** chardet's best guess, ignoring its UTF-8 answers (the bytes are known not to be UTF-8). */
function chardetGuess(bytes: Uint8Array): string | null {
  const chardet = load<typeof Chardet>("chardet");
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  for (const match of chardet.analyse(sample)) {
    if (/^utf-?8$/i.test(match.name)) continue;
    if (match.confidence < 10) break;
    return match.name.toLowerCase();
  }
  return null;
}

/** Browsers read ISO-8859-1 and US-ASCII labels as Windows-1252 (WHATWG Encoding): so do we, as pages rely on it. */
function whatwgLabel(name: string): string {
  const n = name.toLowerCase();
  if (/^(iso-?8859-1|latin-?1|l1|us-ascii|ascii|iso_8859-1|cp819|ibm819)$/.test(n)) return "windows-1252";
  return n;
}

/**
 * The length of the well-formed UTF-8 sequence of several bytes at `i`, or 0 (not one:
 * an ASCII byte, a stray byte, an overlong form, a surrogate, a cut sequence).
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (!len || i + len > bytes.length) return 0;
  // the second byte's range is narrower after E0 (no overlong), ED (no surrogate), F0 and F4 (U+10000..U+10FFFF)
  const second = bytes[i + 1];
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return len;
}

/** Multi-byte UTF-8 sequences that are well formed, and bytes that are not part of one. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const len = sequenceAt(bytes, i);
    if (len) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Each well-formed UTF-8 sequence (and ASCII) read as UTF-8, each run of other bytes in `single`, a single-byte encoding. */
function mixedUtf8(bytes: Uint8Array, single: string): string {
  const iconv = load<typeof Iconv>("iconv-lite");
  const decoder = new TextDecoder("utf-8");
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let from = 0;
  let stray = -1;
  for (let i = 0; i < bytes.length; ) {
    const len = bytes[i] < 0x80 ? 1 : sequenceAt(bytes, i);
    if (len && stray >= 0) {
      parts.push(iconv.decode(buf.subarray(stray, i), single));
      stray = -1;
      from = i;
    } else if (!len && stray < 0) {
      parts.push(decoder.decode(bytes.subarray(from, i)));
      stray = i;
    }
    i += len || 1;
  }
  parts.push(stray >= 0 ? iconv.decode(buf.subarray(stray), single) : decoder.decode(bytes.subarray(from)));
  return parts.join("");
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/**
 * NUL bytes in the first kilobytes mean an image, archive or other binary file; so
 * do many other control bytes (compressed or encrypted data has one in ten), which
 * text in any single-byte or UTF-8 encoding hardly ever holds.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    // tab, line feed, vertical tab, form feed and carriage return are text
    else if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  return (nul > 0 && nul * 100 > n) || (n >= 64 && (nul + control) * 20 > n);
}

const required = new Map<string, unknown>();
function load<T>(name: string): T {
  let mod = required.get(name);
  if (!mod) {
    mod = createRequire(import.meta.url)(name);
    required.set(name, mod);
  }
  return mod as T;
}
