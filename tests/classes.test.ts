// The compiled rules' letter classes (src/text/classes.ts): narrowed to Latin,
// Greek and Cyrillic so that V8 compiles them quickly, and still reading the names
// and words of English and Dutch press releases about Kazakhstan as \p{} did.
import { describe, expect, it } from "vitest";
import { CLASSES, compactSource, decompactSource, deriveClasses, inClassByDefinition, regex, type ClassName } from "../src/text/classes.js";
import { LANGUAGE_PACKS } from "../src/lang/index.js";
import { charClass } from "../src/text/chars.js";
import { extract } from "../src/pipeline.js";

describe("compact classes", () => {
  it("are the ranges their definition gives on this Node's Unicode", () => {
    expect(deriveClasses()).toEqual(CLASSES);
  });

  it("have at most 16 ranges each, and so do letters with marks and digits: V8 checks such a class inline, a larger one by a call per character", () => {
    const ranges = (body: string) => body.match(/(?:\\u[0-9A-F]{4}|[0-9A-Za-z])(?:-(?:\\u[0-9A-F]{4}|[0-9A-Za-z]))?/g)!.length;
    for (const name of Object.keys(CLASSES) as ClassName[]) expect(ranges(CLASSES[name]), name).toBeLessThanOrEqual(16);
    // a union merges touching ranges (V8 does the same): \p{L} and \p{M} meet between Latin and Cyrillic
    const union = (...bodies: string[]) => {
      const members: number[] = [];
      for (let c = 0; c < 0x10000; c++) if (bodies.some((b) => new RegExp(`[${b}]`).test(String.fromCharCode(c)))) members.push(c);
      return members.filter((c, i) => i === 0 || members[i - 1] !== c - 1).length;
    };
    expect(union(CLASSES.L, CLASSES.M, CLASSES.N)).toBeLessThanOrEqual(16);
    expect(union(CLASSES.Lu, CLASSES.N)).toBeLessThanOrEqual(16);
  });

  it("hold every letter of Latin, Greek and Cyrillic with its case, and no letter of other scripts", () => {
    const member = (name: ClassName, ch: string) => new RegExp(`^[${CLASSES[name]}]$`).test(ch);
    for (const ch of ["A", "z", "É", "ß", "Ş", "ğ", "Ә", "қ", "Ұ", "Ω", "ž", "Ё"]) {
      expect(member("L", ch), ch).toBe(true);
      expect(member("Lu", ch), ch).toBe(/\p{Lu}/u.test(ch) || (ch.codePointAt(0)! >= 0x100 && !/[\u0400-\u045f]/.test(ch)));
    }
    // exact case where it is cheap: Basic Latin, Latin-1 and basic Cyrillic
    expect(member("Lu", "é")).toBe(false);
    expect(member("Ll", "É")).toBe(false);
    expect(member("Lu", "я")).toBe(false);
    for (const ch of ["中", "ა", "ب", "א", "한"]) expect(member("L", ch), ch).toBe(false);
    for (const ch of ["×", "÷", "·", "—", "€", "1"]) expect(member("L", ch), ch).toBe(false);
    expect(member("M", "\u0301")).toBe(true);
    expect(member("N", "7") && member("N", "²") && !member("N", "x")).toBe(true);
  });

  it("agree with the character classes start plans read", () => {
    for (let c = 0; c < 0x2100; c++) {
      if (/\p{Cn}/u.test(String.fromCharCode(c))) continue; // unassigned: ranges bridge over them
      const k = charClass(c);
      expect([(k & 1) !== 0, (k & 2) !== 0, (k & 4) !== 0], c.toString(16)).toEqual([
        inClassByDefinition("L", c),
        inClassByDefinition("Lu", c),
        inClassByDefinition("Ll", c),
      ]);
    }
  });

  it("rewrite \\p{} inside and outside a class and leave the rest of a pattern alone", () => {
    const src = String.raw`(?<![\p{L}\d])\p{Lu}(?:\p{Ll}|\p{M})+\]\p{Lt}\\p{L}`;
    const out = compactSource(src);
    expect(out).toBe(
      String.raw`(?<![` + CLASSES.L + String.raw`\d])[` + CLASSES.Lu + `](?:[` + CLASSES.Ll + `]|[` + CLASSES.M + String.raw`])+\]\p{Lt}\\p{L}`,
    );
    expect(compactSource(String.raw`\d+ tonnes`)).toBe(String.raw`\d+ tonnes`);
    const name = regex(String.raw`(?<![\p{L}])\p{Lu}(?:\p{Ll}|\p{M})+(?![\p{L}])`, "gu");
    expect("met Şahin Erdoğan and Ólafur in Астана".match(name)).toEqual(["Şahin", "Erdoğan", "Ólafur", "Астана"]);
  });

  it("read back as \\p{} in every rule's pattern, which is built compact", () => {
    const src = String.raw`(?<![\p{L}\d])\p{Lu}(?:\p{Ll}|\p{M})+`;
    expect(decompactSource(compactSource(src))).toBe(src);
    let rules = 0;
    for (const pack of Object.values(LANGUAGE_PACKS))
      for (const set of Object.values(pack.rules))
        for (const rule of set) {
          rules++;
          expect(rule.pattern.source, rule.id).not.toContain("\\p{L");
          expect(compactSource(decompactSource(rule.pattern.source)), rule.id).toBe(rule.pattern.source);
        }
    expect(rules).toBeGreaterThan(100);
  });

  it("still find accented and Kazakh names in English and Dutch press releases", () => {
    const en = extract("ASTANA, 3 March 2025 – Minister Erlan Qoşanov met Zoë Ölçer, director of Tengiz Logistics LLP, in Aqtöbe.");
    expect(en.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Erlan Qoşanov", "Zoë Ölçer"]));
    expect(en.organisations.map((o) => o.name)).toContain("Tengiz Logistics LLP");
    const nl = extract("BRUSSEL, 3 maart 2025 – Minister Ayşe Güneş ontmoette dinsdag ambassadeur Dauren Ábenov in Antwerpen.", { lang: "nl" });
    expect(nl.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Ayşe Güneş", "Dauren Ábenov"]));
  });
});
