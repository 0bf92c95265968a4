// The Unicode classes the rules are written with (\p{L}, \p{Lu}, \p{Ll}, \p{M},
// \p{N}), narrowed to the scripts kzbe reads: Latin, Greek and Cyrillic with their
// extensions, and the combining marks they use. V8 compiles a class into a search
// over its ranges, at each place a pattern names it: \p{L} has over 600 ranges and
// cost about 0.13 ms a place, while these have at most 11 and cost a fraction of that.
// The rules name such classes some 800 times, so on one document that was most of
// the time (issue 9, cold start).
//
// What changes: letters of other scripts (CJK, Arabic, Georgian…) are not letters
// to the rules, and in the blocks where upper and lower case alternate code point
// by code point (Latin Extended-A/B, Greek, Cyrillic beyond Я/я, Latin Extended
// Additional) every letter counts as either case. Basic Latin, Latin-1 and basic
// Cyrillic keep their exact case, so `Ş` still opens a name and `ğ` continues one,
// and only a word opening with such a small letter (`şahin`) reads as capitalised.
// Patterns are written with \p{} and built through `regex` or the `rx` tags, which
// put the compact classes in before V8 parses them (parsing \p{L} alone costs, at
// construction); `compact` does it for a pattern built otherwise. rule-starts.ts
// reads a pattern's classes back as \p{} (`decompactSource`), and chars.ts
// classifies single characters with the same classes, so a rule's start plan and
// its compiled pattern always agree.
import { derived } from "./derived.js";

/** Blocks whose letters keep their exact case. */
const EXACT_CASE: [number, number][] = [
  [0x0000, 0x00ff],
  [0x0400, 0x045f],
];
/** Blocks where every letter is upper and lower case alike. */
const EITHER_CASE: [number, number][] = [
  [0x0100, 0x02ff],
  [0x0370, 0x03ff],
  [0x0460, 0x052f],
  [0x1e00, 0x1fff],
];
const MARK_BLOCKS: [number, number][] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

/** The contents of each class (for use inside `[...]`), as `deriveClasses` writes them. */
export const CLASSES = {
  L: "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u0482\\u048A-\\u052F\\u1E00-\\u1FFF",
  Lu: "A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u02FF\\u0370-\\u042F\\u0460-\\u0482\\u048A-\\u052F\\u1E00-\\u1FFF",
  Ll: "a-z\\u00B5\\u00DF-\\u00F6\\u00F8-\\u02FF\\u0370-\\u03FF\\u0430-\\u0482\\u048A-\\u052F\\u1E00-\\u1FFF",
  M: "\\u0300-\\u036F\\u0483-\\u0489\\u1AB0-\\u1AEB\\u1DC0-\\u1DFF\\u20D0-\\u20F0\\uFE20-\\uFE2F",
  N: "0-9\\u00B2-\\u00B3\\u00B9\\u00BC-\\u00BE",
} as const;
export type ClassName = keyof typeof CLASSES;

/**
 * Whether a code unit belongs to a class by the definition above, read from
 * Unicode itself (slow: for tests and for `deriveClasses`).
 */
export function inClassByDefinition(name: ClassName, c: number): boolean {
  const ch = String.fromCharCode(c);
  const within = (blocks: [number, number][]) => blocks.some(([a, b]) => c >= a && c <= b);
  if (name === "M") return within(MARK_BLOCKS) && /\p{M}/u.test(ch);
  if (!within(EXACT_CASE) && !within(EITHER_CASE)) return false;
  if (name === "N") return /\p{N}/u.test(ch);
  // in the blocks of either case every code point but a mark is a letter, the few symbols among them
  // (`˚`, `΄`, `϶`) too: so that each class has at most 16 ranges, which V8 checks with inline
  // branches; beyond 16 it calls out to search the ranges, at every character a class is tried on
  if (within(EITHER_CASE)) return !/\p{M}/u.test(ch);
  if (name === "L") return /\p{L}/u.test(ch);
  return name === "Lu" ? /\p{Lu}/u.test(ch) : /\p{Ll}/u.test(ch);
}

/** The class contents from Unicode: ranges of members, bridged over unassigned code points. */
export function deriveClasses(): Record<ClassName, string> {
  const unassigned = (c: number) => /\p{Cn}/u.test(String.fromCharCode(c));
  const esc = (c: number) =>
    /[0-9A-Za-z]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
  const out = {} as Record<ClassName, string>;
  for (const name of Object.keys(CLASSES) as ClassName[]) {
    const ranges: [number, number][] = [];
    let open: [number, number] | null = null;
    for (let c = 0; c <= 0x1fff || (name === "M" && c <= 0xffff); c++) {
      if (inClassByDefinition(name, c)) {
        if (open) open[1] = c;
        else ranges.push((open = [c, c]));
      } else if (!unassigned(c) || !inBlocks(name, c)) open = null;
    }
    out[name] = ranges.map(([a, b]) => (a === b ? esc(a) : `${esc(a)}-${esc(b)}`)).join("");
  }
  return out;
}

function inBlocks(name: ClassName, c: number): boolean {
  const blocks = name === "M" ? MARK_BLOCKS : [...EXACT_CASE, ...EITHER_CASE];
  return blocks.some(([a, b]) => c >= a && c <= b);
}

// a run of anything else (classes without such a property too) | a class with one | one outside a class:
// a pattern, so that a cold run scans the sources natively and calls back only where there is work
const TOKENS =
  /((?:[^\\[]|\\[^p]|\\p(?!\{(?:L|Lu|Ll|M|N)\})|\[(?:[^\]\\]|\\[^p]|\\p(?!\{(?:L|Lu|Ll|M|N)\}))*\])+)|(\[(?:[^\]\\]|\\[\s\S])*\])|\\p\{(L|Lu|Ll|M|N)\}/g;
const IN_CLASS = /\\p\{(L|Lu|Ll|M|N)\}|\\[\s\S]/g;

/** A pattern source with each \p{L|Lu|Ll|M|N} written as its class (inside a class, as its contents). */
export function compactSource(source: string): string {
  if (!source.includes("\\p{")) return source;
  // a rule's pattern (thousands of characters) is compacted as the build recorded it; a short one costs less than its lookup
  return source.length < 512 ? compactNow(source) : derived("compact", source, compactNow);
}

function compactNow(source: string): string {
  return source.replace(TOKENS, (all, run: string | undefined, cls: string | undefined, name: string | undefined) => {
    if (run !== undefined) return run;
    if (cls !== undefined) return cls.replace(IN_CLASS, (m, n: string | undefined) => (n ? CLASSES[n as ClassName] : m));
    return `[${CLASSES[name as ClassName]}]`;
  });
}

/**
 * A compacted source with its classes written as \p{} again, for reading a pattern
 * (rule-starts.ts reads a rule's first characters by class).
 */
export function decompactSource(source: string): string {
  let out = source;
  for (const name of Object.keys(CLASSES) as ClassName[]) {
    const body = CLASSES[name];
    if (!out.includes(body)) continue;
    out = out.split(`[${body}]`).join(`\\p{${name}}`).split(body).join(`\\p{${name}}`);
  }
  return out;
}

const compacted = new WeakMap<RegExp, RegExp>();
/** The pattern as it is compiled (same flags unless given): see above. A pattern built compact is itself. */
export function compact(pattern: RegExp, flags?: string): RegExp {
  if (flags !== undefined) return new RegExp(compactSource(pattern.source), flags);
  if (!pattern.source.includes("\\p{")) return pattern;
  let re = compacted.get(pattern);
  if (!re) compacted.set(pattern, (re = new RegExp(compactSource(pattern.source), pattern.flags)));
  return re;
}

/** `new RegExp` with the classes compacted: for rule patterns and the patterns around them. */
export function regex(source: string, flags?: string): RegExp {
  return new RegExp(compactSource(source), flags);
}

/** A tag that compiles its template's raw text once per place in the code, as a literal's code is. */
function tag(flags: string): (strings: TemplateStringsArray) => RegExp {
  const made = new WeakMap<TemplateStringsArray, RegExp>();
  return (strings) => {
    let re = made.get(strings);
    if (!re) made.set(strings, (re = regex(strings.raw[0], flags)));
    return re;
  };
}

/**
 * Regex literals with compact classes: rx.u`^\p{Lu}` is /^\p{Lu}/u with the classes
 * above. Each place in the code has one RegExp, however often it runs, so a `gu` one
 * must keep no state between uses: replace, match, matchAll, or a scan that starts by
 * resetting lastIndex (as runRule does for a rule's pattern).
 */
export const rx = { u: tag("u"), gu: tag("gu"), iu: tag("iu") };

/**
 * Every match of a global pattern, as `[...text.matchAll(re)]` gives them. matchAll clones
 * its pattern on every call and reads through an iterator, which cost the name and role
 * scans several times their own work; this runs the pattern itself, from the start, and
 * leaves its lastIndex at 0. The same pattern must not be used again while it runs.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
    out.push(m);
    // an empty match moves on by a character (a code point with the u flag), as matchAll does
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
