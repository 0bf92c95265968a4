// Bytes in every encoding a saved page arrives in, to text, with a warning
// whenever the encoding was assumed rather than stated by the bytes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import iconv from "iconv-lite";
import { decodeBytes, declaredCharset, DecodeError } from "../src/input/decode.js";
import { splitLines } from "../src/input/lines.js";

const NL = "Één café in Gent: de delegatie uit Kazachstan bezocht België, en de minister sprak over ‘graan’ – 5 € per ton.";
const utf16le = (s: string) => Buffer.from(s, "utf16le");
const utf16be = (s: string) => {
  const b = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return b;
};

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a BOM, silently", () => {
    for (const bytes of [Buffer.from(NL), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NL)])]) {
      expect(decodeBytes(bytes)).toMatchObject({ text: NL, warnings: [] });
    }
  });

  it("reads UTF-16 LE and BE by their BOM", () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(NL)]))).toMatchObject({ text: NL, warnings: [] });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(NL)]))).toMatchObject({ text: NL, warnings: [] });
  });

  it("reads UTF-32 LE and BE by their BOM (not as UTF-16 with NULs), and without one from its NUL bytes", () => {
    const le = Buffer.alloc(NL.length * 4);
    const be = Buffer.alloc(NL.length * 4);
    Array.from(NL).forEach((c, i) => {
      le.writeUInt32LE(c.codePointAt(0)!, i * 4);
      be.writeUInt32BE(c.codePointAt(0)!, i * 4);
    });
    const cut = (b: Buffer) => b.subarray(0, Array.from(NL).length * 4);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), cut(le)]))).toMatchObject({ text: NL, warnings: [] });
    expect(decodeBytes(Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), cut(be)]))).toMatchObject({ text: NL, warnings: [] });
    const unmarked = decodeBytes(cut(le));
    expect(unmarked.text).toBe(NL);
    expect(unmarked.warnings.join()).toMatch(/assumed UTF-32LE/);
    expect(decodeBytes(cut(be)).text).toBe(NL);
    // a code point out of range, and bytes left over
    const bad = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), cut(le), Buffer.from([0, 0, 0x11, 0, 0x41])]));
    expect(bad.text).toBe(NL + "\uFFFD");
    expect(bad.warnings).toHaveLength(2);
  });

  it("recognises UTF-16 without a BOM and says so", () => {
    const le = decodeBytes(utf16le(`<html><body><p>${NL}</p></body></html>`));
    expect(le.text).toContain(NL);
    expect(le.warnings.join()).toMatch(/assumed UTF-16LE/);
    const be = decodeBytes(utf16be(`<p>${NL}</p>`));
    expect(be.text).toContain(NL);
    expect(be.warnings.join()).toMatch(/assumed UTF-16BE/);
  });

  it("decodes Windows-1252 and ISO-8859-1 pages by their <meta charset>", () => {
    const page = (charset: string) => `<html><head><meta charset="${charset}"></head><body><p>${NL}</p></body></html>`;
    const cp = decodeBytes(iconv.encode(page("windows-1252"), "windows-1252"));
    expect(cp.text).toContain(NL);
    expect(cp.warnings.join()).toMatch(/decoded as windows-1252 as the document declares/);
    const latin = "Café Brussel, één ontmoeting in Gent met de ambassadeur.";
    const l1 = decodeBytes(iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>${latin}</body></html>`, "latin1"));
    expect(l1.text).toContain(latin);
    expect(l1.warnings.join()).toMatch(/iso-8859-1/);
  });

  it("does not believe a page in Windows-1252 that declares UTF-16 or UTF-32 (iconv made CJK of it)", () => {
    for (const charset of ["utf-32", "UTF-16LE", "utf-16"]) {
      const r = decodeBytes(iconv.encode(`<html><head><meta charset="${charset}"></head><body><p>${NL}</p></body></html>`, "windows-1252"));
      expect(r.text, charset).toContain(NL);
    }
  });

  it("guesses an undeclared legacy encoding with chardet, with a warning", () => {
    const text = "Le ministre a visité Astana et Bruxelles. Les échanges économiques entre la Belgique et le Kazakhstan ont progressé de façon régulière, déclaré le représentant à l’ambassade.";
    const r = decodeBytes(iconv.encode(text, "windows-1252"));
    expect(r.text).toBe(text);
    expect(r.warnings.join()).toMatch(/assumed .* \(detected by chardet\)|assumed windows-1252/);
  });

  it("keeps UTF-8 with a few broken bytes as UTF-8, replacing them", () => {
    const bytes = Buffer.concat([Buffer.from(NL), Buffer.from([0xff]), Buffer.from(NL)]);
    const r = decodeBytes(bytes);
    expect(r.text).toBe(`${NL}\uFFFD${NL}`);
    expect(r.warnings.join()).toMatch(/replaced with U\+FFFD/);
  });

  it("reads UTF-8 and Windows-1252 joined in one file each in its own encoding", () => {
    // two files concatenated: as one encoding, the other half was garbled (BelgiÃ« or Belgi\uFFFD)
    const joined = Buffer.concat([Buffer.from(NL), Buffer.from(" "), iconv.encode(NL, "windows-1252")]);
    const r = decodeBytes(joined);
    expect(r.text).toBe(`${NL} ${NL}`);
    expect(r.warnings).toEqual(["encoding: UTF-8 mixed with windows-1252; each byte sequence read as the one it is valid in"]);
    // and a UTF-8 page that declares Latin-1 with one Latin-1 paragraph pasted in
    const page = Buffer.concat([Buffer.from(`<meta charset="iso-8859-1"><p>${NL}</p><p>`), iconv.encode(NL, "latin1").subarray(0, 40), Buffer.from("</p>")]);
    expect(decodeBytes(page).text).toBe(`<meta charset="iso-8859-1"><p>${NL}</p><p>${NL.slice(0, 40)}</p>`);
  });

  it("reads a JSONL line in Windows-1252 as such, not with U+FFFD", async () => {
    const lines = [JSON.stringify({ text: NL }), JSON.stringify({ text: `Latin-1: ${NL}` })];
    const bytes = Buffer.concat([Buffer.from(lines[0] + "\n"), iconv.encode(lines[1] + "\n", "windows-1252")]);
    const got = [];
    for await (const line of splitLines([bytes], 1 << 20)) got.push(line);
    expect(got.map((l) => l.text)).toEqual(lines);
    expect(got[0].warnings).toEqual([]);
    expect(got[1].warnings.join()).toMatch(/windows-1252/);
  });

  it("ends JSONL lines at \\n, \\r\\n and a lone \\r (classic Mac OS), also when a chunk splits them", async () => {
    const docs = ["a", "b", "c", "d", "e"].map((t) => JSON.stringify({ text: t }));
    const bytes = Buffer.from(`${docs[0]}\r${docs[1]}\r\n${docs[2]}\n\r${docs[3]}\r\r\n${docs[4]}`);
    for (const size of [1, 2, 3, 7, bytes.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const got: (string | null)[] = [];
      for await (const line of splitLines(chunks, 1 << 20)) got.push(line.text);
      expect(got, `chunks of ${size}`).toEqual([docs[0], docs[1], docs[2], "", docs[3], "", docs[4]]);
    }
  });

  it("trusts valid UTF-8 bytes over a wrong declaration, and says so", () => {
    const r = decodeBytes(Buffer.from(`<meta charset="iso-8859-1"><p>${NL}</p>`));
    expect(r.text).toContain(NL);
    expect(r.warnings.join()).toMatch(/declares iso-8859-1 but its bytes are valid UTF-8/);
  });

  it("refuses binary data with a DecodeError", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(() => decodeBytes(png)).toThrow(DecodeError);
  });

  it("refuses compressed or random data without NUL bytes, and keeps text with a few control bytes", () => {
    // what gzip or a JPEG body looks like: every byte value about equally often, but no NUL
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => 1 + ((i * 2654435761) >>> 0) % 255));
    expect(() => decodeBytes(noise)).toThrow(DecodeError);
    const text = Buffer.from(`Minister Jan Peeters bezocht Astana.\f\u0007 ${NL}\n`.repeat(20), "latin1");
    expect(decodeBytes(text).text).toContain("Minister Jan Peeters");
  });

  it("never crashes on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        try {
          const r = decodeBytes(bytes);
          expect(typeof r.text).toBe("string");
        } catch (e) {
          expect(e).toBeInstanceOf(DecodeError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("declaredCharset", () => {
  it("finds <meta charset>, http-equiv and the XML prolog", () => {
    expect(declaredCharset(Buffer.from(`<meta charset='Windows-1252'>`))).toBe("windows-1252");
    expect(declaredCharset(Buffer.from(`<meta http-equiv="content-type" content="text/html;charset=iso-8859-15">`))).toBe("iso-8859-15");
    expect(declaredCharset(Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><html>`))).toBe("iso-8859-1");
    expect(declaredCharset(Buffer.from(`<p>charset=utf-8 in running text</p>`))).toBeNull();
  });
});
