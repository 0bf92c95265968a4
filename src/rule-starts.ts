// Where a rule can start. A rule's pattern is read once (its source, not run) into
// a small trie of the first few characters any match can begin with, in a
// normalized alphabet (lower case, any digit as 0, any space as one space, or a
// class such as "a capital letter"). A document is read once into the positions
// where a word, a digit run or a symbol begins, bucketed by first character. A rule
// then tries its sticky pattern only at the positions its trie accepts, so a
// failing attempt costs one local attempt instead of a scan of the whole text,
// and every rule of every language gets this without declaring anything.
//
// The reading is conservative: whatever the analysis cannot follow (a back
// reference, a negated class, a very long prefix) ends the prefix there, which
// only admits more positions. A rule whose prefix says nothing useful (it can
// start with a space, any character, or in the middle of a word) keeps the plain
// global scan. So the matches are exactly those of a scan, position for position.

import type { RuleStarts } from "./rules.js";
import { charClass, isLetter } from "./text/chars.js";
import { compact, decompactSource } from "./text/classes.js";
import { sourceHash } from "./text/derived.js";

const enum Cat {
  Digit = 1,
  Space,
  Letter,
  Upper,
  Lower,
  Number,
  Any,
}

/** A trie node while a trie is built. */
interface Node {
  term: boolean;
  lit: Map<number, Node> | null;
  cats: [Cat, Node][] | null;
}

const newNode = (): Node => ({ term: false, lit: null, cats: null });

/**
 * A built trie, flat: one array of integers, the root at 0, each node as
 * `[term, literal count, class count, (key, child)…, (class, child)…]`. It is
 * what the build saves and a run reads without making an object per node (a
 * language's tries have ten thousand nodes), and what every start is checked on.
 */
type Trie = Int32Array;
const TERM = 0, LITS = 1, CATS = 2, KIDS = 3;

function freeze(root: Node): Trie {
  const size = (n: Node): number => {
    let k = KIDS + 2 * ((n.lit?.size ?? 0) + (n.cats?.length ?? 0));
    if (n.lit) for (const c of n.lit.values()) k += size(c);
    if (n.cats) for (const [, c] of n.cats) k += size(c);
    return k;
  };
  const t = new Int32Array(size(root));
  let free = 0;
  const put = (n: Node): number => {
    const at = free;
    t[at + TERM] = n.term ? 1 : 0;
    t[at + LITS] = n.lit?.size ?? 0;
    t[at + CATS] = n.cats?.length ?? 0;
    free += KIDS + 2 * (t[at + LITS] + t[at + CATS]);
    let slot = at + KIDS;
    if (n.lit)
      for (const [k, c] of n.lit) {
        t[slot] = k;
        t[slot + 1] = put(c);
        slot += 2;
      }
    if (n.cats)
      for (const [cat, c] of n.cats) {
        t[slot] = cat;
        t[slot + 1] = put(c);
        slot += 2;
      }
    return at;
  };
  put(root);
  return t;
}

/** The child of node `o` under the normalized literal `c`, or -1. */
function litChild(t: Trie, o: number, c: number): number {
  const end = o + KIDS + 2 * t[o + LITS];
  for (let i = o + KIDS; i < end; i += 2) if (t[i] === c) return t[i + 1];
  return -1;
}

// ---- characters -------------------------------------------------------------

const SPACE = 32;
const ZERO = 48;
const normCache = new Int32Array(65536).fill(-1);
/** One code unit in the normalized alphabet: lower case, every ASCII digit 0, every space a blank. */
function norm(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    if (c >= 48 && c <= 57) return ZERO;
    if (c === 32 || (c >= 9 && c <= 13)) return SPACE;
    return c;
  }
  let n = normCache[c];
  if (n < 0) {
    if (charClass(c) & 16) n = SPACE;
    else {
      const low = String.fromCharCode(c).toLowerCase();
      n = low.length === 1 ? low.charCodeAt(0) : c;
    }
    normCache[c] = n;
  }
  return n;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

function catMatches(cat: Cat, c: number): boolean {
  switch (cat) {
    case Cat.Digit: return isDigit(c);
    case Cat.Space: return norm(c) === SPACE;
    case Cat.Letter: return isLetter(c);
    case Cat.Upper: return c < 128 ? c >= 65 && c <= 90 : (charClass(c) & 2) !== 0;
    case Cat.Lower: return c < 128 ? c >= 97 && c <= 122 : (charClass(c) & 4) !== 0;
    case Cat.Number: return isDigit(c) || (c >= 128 && (charClass(c) & 8) !== 0);
    default: return true;
  }
}

// ---- reading a pattern ------------------------------------------------------

/** A set of characters: normalized code units and classes. */
interface CharSet {
  syms: Set<number>;
  cats: Set<Cat>;
}
type Ast =
  | { t: "set"; set: CharSet }
  | { t: "seq"; items: Ast[] }
  | { t: "alt"; options: Ast[] }
  | { t: "rep"; node: Ast; min: number; max: number }
  | { t: "empty" }
  /** a zero-width assertion; `lb` is a negative lookbehind on one character class */
  | { t: "assert"; lb?: CharSet }
  /** what the reading cannot follow: the prefix ends here */
  | { t: "stop" };

class Unsupported extends Error {}

const ANY: CharSet = { syms: new Set(), cats: new Set([Cat.Any]) };
const setOf = (...cats: Cat[]): CharSet => ({ syms: new Set(), cats: new Set(cats) });
const W_CHARS = "abcdefghijklmnopqrstuvwxyz0_";

function escapeSet(e: string, unicode: boolean, addSym: (c: number) => void, cats: Set<Cat>): void {
  // e is what follows the backslash: d, s, p{L}, u00A0, ., etc. (already cut)
  switch (e[0]) {
    case "d": cats.add(Cat.Digit); return;
    case "s": cats.add(Cat.Space); return;
    case "w": for (const ch of W_CHARS) addSym(ch.charCodeAt(0)); return;
    case "D": case "S": case "W": case "P": cats.add(Cat.Any); return;
    case "p": {
      if (!unicode) { addSym("p".charCodeAt(0)); return; }
      const name = e.slice(2, -1);
      if (name === "L" || name === "Letter") cats.add(Cat.Letter);
      else if (name === "Lu" || name === "Uppercase_Letter") cats.add(Cat.Upper);
      else if (name === "Ll" || name === "Lowercase_Letter") cats.add(Cat.Lower);
      else if (name === "N" || name === "Nd") cats.add(Cat.Number);
      else cats.add(Cat.Any);
      return;
    }
    case "u": case "x": addSym(escapeCode(e)); return;
    case "n": addSym(10); return;
    case "t": addSym(9); return;
    case "r": addSym(13); return;
    case "f": addSym(12); return;
    case "v": addSym(11); return;
    case "0": addSym(0); return;
    case "c": cats.add(Cat.Any); return;
    default: addSym(e.charCodeAt(0));
  }
}

function escapeCode(e: string): number {
  if (e[0] === "x") return parseInt(e.slice(1, 3), 16);
  if (e[1] === "{") return parseInt(e.slice(2, -1), 16);
  return parseInt(e.slice(1, 5), 16);
}

/** The source text of one escape starting after the backslash at i. */
function escapeAt(src: string, i: number, unicode: boolean): string {
  const c = src[i];
  if ((c === "p" || c === "P") && unicode && src[i + 1] === "{") return src.slice(i, src.indexOf("}", i) + 1);
  if (c === "u") {
    if (src[i + 1] === "{") return src.slice(i, src.indexOf("}", i) + 1);
    return src.slice(i, i + 5);
  }
  if (c === "x") return src.slice(i, i + 3);
  if (c === "k" && src[i + 1] === "<") return src.slice(i, src.indexOf(">", i) + 1);
  if (c === "c") return src.slice(i, i + 2);
  return c;
}

function parsePattern(src: string, unicode: boolean, ignoreCase = false): Ast {
  let i = 0;
  const addTo = (set: CharSet) => (c: number) => {
    set.syms.add(norm(c));
    // a literal letter also stands for its other case under `i`; normalized, both are one symbol
  };

  function parseAlt(): Ast {
    const options: Ast[] = [parseSeq()];
    while (src[i] === "|") {
      i++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0] : { t: "alt", options };
  }

  function parseSeq(): Ast {
    const items: Ast[] = [];
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      let atom = parseAtom();
      atom = parseQuantifier(atom);
      items.push(atom);
    }
    return items.length === 1 ? items[0] : { t: "seq", items };
  }

  function parseQuantifier(atom: Ast): Ast {
    const c = src[i];
    let min: number, max: number;
    if (c === "?") { min = 0; max = 1; i++; }
    else if (c === "*") { min = 0; max = Infinity; i++; }
    else if (c === "+") { min = 1; max = Infinity; i++; }
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) return atom; // a literal brace outside `u`
      min = +m[1];
      max = m[2] ? (m[3] ? +m[3] : Infinity) : min;
      i += m[0].length;
    } else return atom;
    if (src[i] === "?") i++; // lazy: the same language
    if (atom.t === "assert") return min === 0 ? { t: "empty" } : atom;
    return { t: "rep", node: atom, min, max };
  }

  function parseClass(): CharSet {
    // at '['
    i++;
    const set: CharSet = { syms: new Set(), cats: new Set() };
    const add = addTo(set);
    let negated = false;
    if (src[i] === "^") { negated = true; i++; }
    while (i < src.length && src[i] !== "]") {
      let lo: number | null = null;
      if (src[i] === "\\") {
        const e = escapeAt(src, i + 1, unicode);
        i += 1 + e.length;
        if ("dswDSWpP".includes(e[0]) && !(e[0] === "p" && !unicode)) {
          escapeSet(e, unicode, add, set.cats);
          continue;
        }
        let code = -1;
        escapeSet(e, unicode, (c) => (code = c), set.cats);
        if (code < 0) continue;
        lo = code;
      } else {
        lo = src.codePointAt(i)!;
        i += lo > 0xffff ? 2 : 1;
      }
      if (src[i] === "-" && src[i + 1] !== "]" && i + 1 < src.length) {
        i++;
        let hi: number;
        if (src[i] === "\\") {
          const e = escapeAt(src, i + 1, unicode);
          i += 1 + e.length;
          let code = -1;
          escapeSet(e, unicode, (c) => (code = c), new Set());
          if (code < 0) { set.cats.add(Cat.Any); continue; }
          hi = code;
        } else {
          hi = src.codePointAt(i)!;
          i += hi > 0xffff ? 2 : 1;
        }
        if (hi - lo > 256 || hi > 0xffff) set.cats.add(Cat.Any);
        else for (let c = lo; c <= hi; c++) add(c);
      } else if (lo > 0xffff) set.cats.add(Cat.Any);
      else add(lo);
    }
    i++; // ']'
    return negated ? ANY : set;
  }

  function parseAtom(): Ast {
    const c = src[i];
    if (c === "(") {
      i++;
      let kind = "group";
      if (src[i] === "?") {
        const two = src.slice(i, i + 3);
        if (two.startsWith("?:")) { kind = "group"; i += 2; }
        else if (two.startsWith("?=")) { kind = "ahead"; i += 2; }
        else if (two.startsWith("?!")) { kind = "ahead"; i += 2; }
        else if (two === "?<=") { kind = "behind"; i += 3; }
        else if (two === "?<!") { kind = "notbehind"; i += 3; }
        else if (two.startsWith("?<")) { i = src.indexOf(">", i) + 1; kind = "group"; }
        else throw new Unsupported(`group ${two}`);
      }
      const bodyStart = i;
      const body = parseAlt();
      const bodyEnd = i;
      if (src[i] !== ")") throw new Unsupported("unclosed group");
      i++;
      if (kind === "group") return body;
      if (kind === "notbehind") {
        const inner = src.slice(bodyStart, bodyEnd);
        return { t: "assert", lb: singleClass(inner, unicode) ?? undefined };
      }
      return { t: "assert" };
    }
    if (c === "[") return { t: "set", set: parseClass() };
    if (c === "\\") {
      const e = escapeAt(src, i + 1, unicode);
      i += 1 + e.length;
      if (e === "b" || e === "B") return { t: "assert" };
      if (e[0] === "k" || /^[1-9]/.test(e)) return { t: "stop" };
      const set: CharSet = { syms: new Set(), cats: new Set() };
      escapeSet(e, unicode, addTo(set), set.cats);
      return { t: "set", set };
    }
    if (c === "^" || c === "$") { i++; return { t: "assert" }; }
    if (c === ".") { i++; return { t: "set", set: ANY }; }
    const code = src.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    if (code > 0xffff) return { t: "set", set: ANY };
    return { t: "set", set: { syms: new Set([norm(code)]), cats: new Set() } };
  }

  const ast = parseAlt();
  if (i !== src.length) throw new Unsupported("trailing input");
  return ignoreCase ? caseFold(ast) : ast;
}

/** Under `i`, `\\p{Lu}` and `\\p{Ll}` match letters of either case. */
function caseFold(ast: Ast): Ast {
  switch (ast.t) {
    case "set": {
      const cats = new Set([...ast.set.cats].map((c) => (c === Cat.Upper || c === Cat.Lower ? Cat.Letter : c)));
      return { t: "set", set: { syms: ast.set.syms, cats } };
    }
    case "seq": return { t: "seq", items: ast.items.map(caseFold) };
    case "alt": return { t: "alt", options: ast.options.map(caseFold) };
    case "rep": return { ...ast, node: caseFold(ast.node) };
    default: return ast;
  }
}

/** A lookbehind body that is one character class (`[\p{L}\d.,/-]`, `\p{L}`), as a set. */
function singleClass(body: string, unicode: boolean): CharSet | null {
  try {
    const ast = parsePattern(body, unicode);
    return ast.t === "set" ? ast.set : null;
  } catch {
    return null;
  }
}

// ---- from the pattern to a start trie -------------------------------------

/** Steps of the reading before it settles for a shallower trie. */
const BUDGET = 6_000;
class OverBudget extends Error {}

interface Stack {
  node: Ast;
  next: Stack | null;
}

/**
 * The trie follows at most `word` symbols of the first word and, after a space,
 * `next` symbols of the following one (`de 15`, `in 2021`): enough to tell most
 * false starts apart, small enough to build in a millisecond or two.
 */
function buildTrie(ast: Ast, word: number, nextWord: number): Node | null {
  const root = newNode();
  let steps = 0;
  // stacks are shared (hash-consed), so a node reached twice with the same rest is walked once
  const conses = new Map<Ast, Map<Stack | null, Stack>>();
  const cons = (node: Ast, next: Stack | null): Stack => {
    let m = conses.get(node);
    if (!m) conses.set(node, (m = new Map()));
    let s = m.get(next);
    if (!s) m.set(next, (s = { node, next }));
    return s;
  };
  const smaller = new Map<Ast, Ast>();
  const lessOne = (node: Extract<Ast, { t: "rep" }>): Ast => {
    let r = smaller.get(node);
    if (!r) smaller.set(node, (r = { t: "rep", node: node.node, min: Math.max(0, node.min - 1), max: node.max - 1 }));
    return r;
  };
  const seen = new Map<Node, Set<Stack | null>>();
  const child = (n: Node, sym: number) => {
    n.lit ??= new Map();
    let k = n.lit.get(sym);
    if (!k) n.lit.set(sym, (k = newNode()));
    return k;
  };
  const catChild = (n: Node, cat: Cat) => {
    n.cats ??= [];
    let e = n.cats.find((x) => x[0] === cat);
    if (!e) n.cats.push((e = [cat, newNode()]));
    return e[1];
  };
  // depth counts the first word's symbols; past the first space it is 100 + the next word's
  const walk = (stack: Stack | null, at: Node, depth: number, hops: number): void => {
    if (at.term) return; // a shorter prefix already admits every position here
    let s = seen.get(at);
    if (!s) seen.set(at, (s = new Set()));
    if (s.has(stack)) return;
    s.add(stack);
    if (++steps > BUDGET) throw new OverBudget();
    if (hops > 400) {
      at.term = true;
      return;
    }
    if (!stack || (depth < 100 ? depth >= word : depth - 100 >= nextWord)) {
      at.term = true;
      return;
    }
    const { node, next } = stack;
    switch (node.t) {
      case "empty":
      case "assert":
        return walk(next, at, depth, hops + 1);
      case "stop":
        at.term = true;
        return;
      case "seq": {
        let st = next;
        for (let k = node.items.length - 1; k >= 0; k--) st = cons(node.items[k], st);
        return walk(st, at, depth, hops + 1);
      }
      case "alt":
        for (const o of node.options) walk(cons(o, next), at, depth, hops + 1);
        return;
      case "rep": {
        const after = node.max > 1 ? cons(lessOne(node), next) : next;
        if (node.min === 0) walk(next, at, depth, hops + 1);
        if (node.max >= 1) walk(cons(node.node, after), at, depth, hops + 1);
        return;
      }
      case "set": {
        if (node.set.cats.has(Cat.Any)) {
          walk(next, catChild(at, Cat.Any), depth + 1, 0);
          return;
        }
        // the first space jumps the depth to the start of the next word's allowance
        const step = (sp: boolean) => (depth < 100 && sp ? 100 : depth + 1);
        for (const sym of node.set.syms) walk(next, child(at, sym), sym === SPACE ? step(true) : step(false), 0);
        for (const cat of node.set.cats) walk(next, catChild(at, cat), step(cat === Cat.Space), 0);
        return;
      }
    }
  };
  try {
    walk(cons(ast, null), root, 0, 0);
  } catch (e) {
    if (e instanceof OverBudget) return null;
    throw e;
  }
  return root;
}

/** The negative lookbehinds that open the pattern before anything is consumed (in every branch). */
function leadingLookbehinds(ast: Ast): CharSet[] {
  const out: CharSet[] = [];
  const items = ast.t === "seq" ? ast.items : [ast];
  for (const it of items) {
    if (it.t !== "assert") break;
    if (it.lb) out.push(it.lb);
  }
  return out;
}

// ---- the plan of one rule ----------------------------------------------------

export interface StartPlan {
  /** the pattern with `y` instead of `g`, run at each start */
  sticky: RegExp;
  /** null: no useful start set, the rule scans the whole text */
  root: Trie | null;
  /** the previous character can never be a letter / digit (the rule starts only at word or number starts) */
  wordStart: boolean;
  digitStart: boolean;
  /** starts the rule's builder declared instead */
  declared?: {
    words: Set<string>;
    prefixes: Trie | null;
    digits: boolean;
    symbols: number[];
    symbolTries: Map<number, Trie>;
    wordTest: ((word: string) => boolean) | null;
  };
  /** words or symbols a match must hold within `reach` of its start */
  near?: { words: Set<string>; lookup: { has(word: string): boolean } | null; symbols: number[]; reach: number; glued: boolean };
}

/** What a rule's builder may declare. */
export type DeclaredStarts = RuleStarts;

const plans = new WeakMap<RegExp, StartPlan>();
/** How much a pattern has run: the weight of the texts before its last one, its last text and that text's weight. */
const uses = new WeakMap<RegExp, { before: number; text: string | undefined; doc: number; weight: number }>();
/** Which document runs now (pipeline.ts counts them): the same text in two documents is two uses. */
let documentSerial = 0;
export function nextDocument(): void {
  documentSerial++;
}
/** A run of many documents takes the saved plans from its first document on (see startPlan). */
let many = false;
export function expectManyDocuments(yes = true): void {
  many = yes;
}
const SCAN: StartPlan = { sticky: /(?:)/y, root: null, wordStart: false, digitStart: false };

/** Uses of a pattern before it is read: reading all of a language's patterns costs a few hundred milliseconds cold. */
const READ_AFTER = 16;
/** A use on a text shorter than this counts in proportion (a dateline's few words, a short text): scanning it costs little. */
const FULL_USE = 1024;

/**
 * The start plan of a pattern, about to run on `text`. Reading a large
 * pattern costs milliseconds, so the build reads them (saved plans, below) and a
 * run takes a saved plan once the pattern has been used on more than a kilobyte of
 * text (loading one costs more than a scan), or from the first use in a run
 * that said it expects many documents: the plan runs the pattern with `y`
 * instead of `g`, a second compilation of each pattern that only a single
 * document is spared. A pattern without one is scanned plainly for its first
 * uses and read after that: a short run pays nothing, a batch pays once.
 */
export function startPlan(pattern: RegExp, declared?: DeclaredStarts, id?: string, text?: string): StartPlan {
  let plan = plans.get(pattern);
  if (plan) return plan;
  // declared starts cost nothing to read: only a plan read from the pattern waits
  const own = declaresStarts(declared);
  // the texts the pattern ran on before this one (a pattern two rules share, or a rule run twice on one document, uses a text once)
  let u = uses.get(pattern);
  if (!u) uses.set(pattern, (u = { before: 0, text: undefined, doc: documentSerial, weight: 0 }));
  if (text === undefined || text !== u.text || u.doc !== documentSerial) {
    u.before += u.weight;
    u.text = text;
    u.doc = documentSerial;
    u.weight = text === undefined ? 1 : Math.min(1, text.length / FULL_USE);
  }
  const n = u.before + u.weight;
  const read = !own && (many || u.before >= 1) && id !== undefined ? prebuiltPlan(id, pattern) : null;
  if (!own && !read && n <= READ_AFTER) {
    // near words cost little to read: a text without any skips the rule (and never compiles its pattern) from the first use
    if (!declared?.near) return SCAN;
    let early = scanPlans.get(pattern);
    if (!early) scanPlans.set(pattern, (early = { ...SCAN, near: nearOf(pattern, declared.near) }));
    return early;
  }
  plan = read ?? (own ? declaredPlan(pattern, declared!) : makePlan(pattern));
  if (declared?.near) plan = { ...plan, near: nearOf(pattern, declared.near) };
  plans.set(pattern, plan);
  return plan;
}

/** The pattern run at one position: `y` instead of `g`. */
const stickyOf = (pattern: RegExp) => compact(pattern, pattern.flags.replace("g", "") + "y");

/** Whether a rule says where it starts (its pattern is then never read). */
export function declaresStarts(d: DeclaredStarts | undefined): boolean {
  return Boolean(d && (d.words || d.prefixes || d.digits || d.symbols || d.wordTest));
}

const scanPlans = new WeakMap<RegExp, StartPlan>();
const nears = new WeakMap<RegExp, NonNullable<StartPlan["near"]>>();
function nearOf(pattern: RegExp, near: NonNullable<DeclaredStarts["near"]>): NonNullable<StartPlan["near"]> {
  let compiled = nears.get(pattern);
  if (!compiled) {
    compiled = {
      words: new Set([...(near.words ?? [])].map((w) => w.toLowerCase())),
      lookup: near.lookup?.() ?? null,
      symbols: [...new Set([...(near.symbols ?? [])].map((c) => norm(c.charCodeAt(0))))],
      reach: near.reach,
      glued: near.glued ?? false,
    };
    nears.set(pattern, compiled);
  }
  return compiled;
}

/** Symbols given with what must follow (`.0`: a point before a digit), as tries from the character after. */
function symbolTries(symbols: Iterable<string>): Map<number, Trie> {
  const out = new Map<number, Node>();
  const bare = new Set<number>();
  for (const s of symbols) {
    const c = norm(s.charCodeAt(0));
    if (s.length === 1) bare.add(c);
  }
  for (const s of symbols) {
    const c = norm(s.charCodeAt(0));
    if (s.length === 1 || bare.has(c)) continue;
    let root = out.get(c);
    if (!root) out.set(c, (root = newNode()));
    insertPath(root, s, 1);
  }
  return new Map([...out].map(([c, n]) => [c, freeze(n)]));
}

/** Adds the characters of `s` from `from` on as a path of the trie, ending in a terminal node. */
function insertPath(root: Node, s: string, from = 0): void {
  let n = root;
  for (let i = from; i < s.length; i++) {
    n.lit ??= new Map();
    const c = norm(s.charCodeAt(i));
    let next = n.lit.get(c);
    if (!next) n.lit.set(c, (next = newNode()));
    n = next;
  }
  n.term = true;
}

function declaredPlan(pattern: RegExp, d: DeclaredStarts): StartPlan {
  const sticky = stickyOf(pattern);
  let prefixes: Node | null = null;
  for (const p of d.prefixes ?? []) insertPath((prefixes ??= newNode()), p);
  const prefixTrie = prefixes && freeze(prefixes);
  return {
    sticky,
    root: null,
    wordStart: true,
    digitStart: true,
    declared: {
      words: new Set([...(d.words ?? [])].map((w) => w.toLowerCase())),
      prefixes: prefixTrie,
      digits: Boolean(d.digits),
      symbols: [...new Set([...(d.symbols ?? [])].map((c) => norm(c.charCodeAt(0))))],
      symbolTries: symbolTries(d.symbols ?? []),
      wordTest: d.wordTest ?? null,
    },
  };
}

function makePlan(pattern: RegExp): StartPlan {
  const sticky = stickyOf(pattern);
  let ast: Ast;
  try {
    ast = parsePattern(decompactSource(pattern.source), pattern.flags.includes("u") || pattern.flags.includes("v"), pattern.flags.includes("i"));
  } catch {
    return { sticky, root: null, wordStart: false, digitStart: false };
  }
  // the deepest trie that fits the budget: deeper tries admit fewer false starts
  let root: Node | null = null;
  for (const [word, next] of [[4, 2], [3, 1], [2, 0], [1, 0]]) if ((root = buildTrie(ast, word, next))) break;
  if (!root) return { sticky, root: null, wordStart: false, digitStart: false };
  const lbs = leadingLookbehinds(ast);
  const excludes = (cat: Cat) => lbs.some((s) => s.cats.has(cat) || (cat === Cat.Digit && s.cats.has(Cat.Number)) || (cat === Cat.Digit && s.syms.has(ZERO)));
  const wordStart = excludes(Cat.Letter);
  const digitStart = excludes(Cat.Digit);
  // useless when a match can be empty, or start with any character or a space, or inside a word
  if (root.term || root.cats?.some(([c]) => c === Cat.Any || c === Cat.Space)) return { sticky, root: null, wordStart, digitStart };
  if (root.lit?.has(SPACE) || root.cats?.some(([c]) => c === Cat.Number)) return { sticky, root: null, wordStart, digitStart };
  const letterRoot =
    [...(root.lit?.keys() ?? [])].some(isLetter) || root.cats?.some(([c]) => c === Cat.Letter || c === Cat.Upper || c === Cat.Lower);
  if (letterRoot && !wordStart) return { sticky, root: null, wordStart, digitStart };
  return { sticky, root: freeze(root), wordStart, digitStart };
}

// ---- plans read at build time ------------------------------------------------
//
// Reading every pattern at start-up cost more than a short run, and scanning
// while it waits cost the first documents of every run. The build reads each
// pattern once (src/data/build-plans.ts) and writes its trie; a rule takes it when
// its pattern is the one the build read (same length and hash), else reads it here.

/** A plan as the build saves it (JSON): which pattern it was read from, its start flags and its trie. */
export interface SavedPlan {
  /** length and FNV-1a hash of the pattern's source */
  n: number;
  h: number;
  w: boolean;
  d: boolean;
  /** the trie's integers (Trie) */
  r: number[] | null;
}

/** The plan of a pattern read from its source, as the build saves it. */
export function savePlan(pattern: RegExp): SavedPlan {
  const plan = makePlan(pattern);
  return { n: pattern.source.length, h: sourceHash(pattern.source), w: plan.wordStart, d: plan.digitStart, r: plan.root && Array.from(plan.root) };
}

/** Saved plans by rule id (a shared rule's id can stand for one pattern per language). */
export type SavedPlans = Record<string, SavedPlan[]>;
let saved: (id: string) => SavedPlan[] | undefined = () => undefined;
/** Where the plans saved by the build are found (src/lang/index.ts says; none by default). */
export function usePrebuiltPlans(lookup: (id: string) => SavedPlan[] | undefined): void {
  saved = lookup;
}

const unsaved = new WeakSet<RegExp>();
function prebuiltPlan(id: string, pattern: RegExp): StartPlan | null {
  if (unsaved.has(pattern)) return null;
  const candidates = saved(id);
  const hash = candidates && sourceHash(pattern.source);
  const p = candidates?.find((c) => c.n === pattern.source.length && c.h === hash);
  if (!p) {
    unsaved.add(pattern);
    return null;
  }
  return { sticky: stickyOf(pattern), root: p.r && Int32Array.from(p.r), wordStart: p.w, digitStart: p.d };
}

// ---- the starts of one document ---------------------------------------------

export interface StartIndex {
  text: string;
  /** word starts by normalized first character, digit-run starts under 0, symbols by themselves */
  byFirst: Map<number, number[]>;
  /** words by their first two characters (first * 0x10000 + second): a trie two deep tries only these */
  byFirstTwo: Map<number, number[]>;
  /** words by their first three characters when all three are ASCII (key3): a trie three deep tries only these */
  byFirstThree: Map<number, number[]>;
  wordStarts: number[];
  upperStarts: number[];
  lowerStarts: number[];
  digitStarts: number[];
  digits: number[];
  /** code units the classes cannot judge alone (surrogates): every rule tries them */
  odd: number[];
  /** word starts by the whole word in lower case, made on first need */
  byWord: Map<string, number[]> | null;
}

function wordsOf(idx: StartIndex): Map<string, number[]> {
  if (idx.byWord) return idx.byWord;
  const text = idx.text;
  const byWord = new Map<string, number[]>();
  for (const p of idx.wordStarts) {
    let e = p + 1;
    while (e < text.length && isLetter(text.charCodeAt(e))) e++;
    const w = text.slice(p, e).toLowerCase();
    const l = byWord.get(w);
    if (l) l.push(p);
    else byWord.set(w, [p]);
  }
  return (idx.byWord = byWord);
}

let lastIndex: StartIndex | null = null;

/** The starts of a text, computed once and kept for the next rule on the same text. */
export function startIndex(text: string): StartIndex {
  if (lastIndex && lastIndex.text === text) return lastIndex;
  const byFirst = new Map<number, number[]>();
  const byFirstTwo = new Map<number, number[]>();
  const byFirstThree = new Map<number, number[]>();
  const add = (m: Map<number, number[]>, k: number, p: number) => {
    const l = m.get(k);
    if (l) l.push(p);
    else m.set(k, [p]);
  };
  const wordStarts: number[] = [], upperStarts: number[] = [], lowerStarts: number[] = [];
  const digitStarts: number[] = [], digits: number[] = [], odd: number[] = [];
  let prevLetter = false;
  let prevDigit = false;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c < 0xdc00) odd.push(p);
      prevLetter = prevDigit = false;
      continue;
    }
    if (isLetter(c)) {
      if (!prevLetter) {
        wordStarts.push(p);
        // words by their first one, two and three characters (symbols by the first alone)
        const k = norm(c);
        add(byFirst, k, p);
        if (p + 1 < text.length) {
          const n2 = norm(text.charCodeAt(p + 1));
          add(byFirstTwo, k * 0x10000 + n2, p);
          const n3 = p + 2 < text.length && k < 128 && n2 < 128 ? norm(text.charCodeAt(p + 2)) : 128;
          if (n3 < 128) add(byFirstThree, key3(k, n2, n3), p);
        }
        if (catMatches(Cat.Upper, c)) upperStarts.push(p);
        else if (catMatches(Cat.Lower, c)) lowerStarts.push(p);
      }
      prevLetter = true;
      prevDigit = false;
      continue;
    }
    prevLetter = false;
    if (isDigit(c)) {
      digits.push(p);
      if (!prevDigit) digitStarts.push(p);
      prevDigit = true;
      continue;
    }
    prevDigit = false;
    const n = norm(c);
    if (n !== SPACE) add(byFirst, n, p);
  }
  lastIndex = { text, byFirst, byFirstTwo, byFirstThree, wordStarts, upperStarts, lowerStarts, digitStarts, digits, odd, byWord: null };
  return lastIndex;
}

/** Whether the trie accepts the text from `p` on, from its node at `o`: a loop along literals, a branch only at classes. */
function accepts(t: Trie, o: number, text: string, p: number): boolean {
  for (;;) {
    if (t[o + TERM]) return true;
    if (p >= text.length) return false;
    const c = text.charCodeAt(p);
    const k = t[o + LITS] ? litChild(t, o, norm(c)) : -1;
    const cats = t[o + CATS];
    if (!cats) {
      if (k < 0) return false;
      o = k;
      p++;
      continue;
    }
    if (k >= 0 && accepts(t, k, text, p + 1)) return true;
    const from = o + KIDS + 2 * t[o + LITS];
    for (let i = from; i < from + 2 * cats; i += 2) if (catMatches(t[i], c) && accepts(t, t[i + 1], text, p + 1)) return true;
    return false;
  }
}

/** The positions, ascending, where the plan's rule may start in the indexed text; null: scan everything. */
export function candidateStarts(plan: StartPlan, idx: StartIndex): number[] | null {
  if (!plan.near) return plan.declared ? declaredStarts(plan.declared, idx) : rootStarts(plan, idx);
  const held = nearPositions(plan.near, idx);
  if (!held.length) return [];
  // the positions within reach before a near word, marked first, so that only those are read further
  const allowed = scratchMarks(idx.text.length + 1);
  let marked = 0;
  for (const o of held) {
    for (let p = Math.max(marked, o - plan.near.reach); p <= o; p++) allowed[p] = 1;
    marked = o + 1;
  }
  const found = plan.declared ? declaredStarts(plan.declared, idx) : rootStarts(plan, idx, allowed);
  const out = found && found.filter((p) => allowed[p] === 1);
  allowed.fill(0, 0, marked);
  return out;
}

// one buffer for the marks and one for sorting, reused by every rule of every document:
// a typed array of its own per rule and document cost more in allocation and GC than its use
let marks = new Uint8Array(4096);
function scratchMarks(length: number): Uint8Array {
  if (marks.length < length) marks = new Uint8Array(Math.max(length, 2 * marks.length));
  return marks;
}
let sorting = new Int32Array(1024);

function nearPositions(near: NonNullable<StartPlan["near"]>, idx: StartIndex): number[] {
  const out: number[] = [];
  pushWordStarts(near.words, idx, out);
  const lookup = near.lookup;
  // one pass over the text's other words: those the lookup holds, and glued ones whose head is held
  if (lookup || (near.glued && near.words.size)) {
    const held = (w: string) => near.words.has(w) || (lookup !== null && lookup.has(w));
    for (const [w, l] of wordsOf(idx)) {
      if (near.words.has(w)) continue;
      if (lookup?.has(w)) for (const p of l) out.push(p);
      else if (near.glued) for (const p of l) if (held(gluedHead(idx.text, p, w.length))) out.push(p);
    }
  }
  for (const c of near.symbols) for (const p of idx.byFirst.get(c) ?? []) out.push(p);
  return sortUnique(out);
}

/** The starts of the text's words that are in `words` (lower case), read from the smaller side. */
function pushWordStarts(words: ReadonlySet<string>, idx: StartIndex, out: number[]): void {
  if (!words.size) return;
  const byWord = wordsOf(idx);
  if (words.size < byWord.size) {
    for (const w of words) for (const p of byWord.get(w) ?? []) out.push(p);
  } else for (const [w, l] of byWord) if (words.has(w)) for (const p of l) out.push(p);
}

/** The part of the word at `p` before an inner capital (`sofie` for `SofieLambrechts`), in lower case; "" when none. */
function gluedHead(text: string, p: number, length: number): string {
  // (a name opens with a capital: most words of a text are read no further)
  if (!catMatches(Cat.Upper, text.charCodeAt(p))) return "";
  for (let i = p + 1; i < p + length; i++) {
    const c = text.charCodeAt(i);
    if (catMatches(Cat.Upper, c) && catMatches(Cat.Lower, text.charCodeAt(i - 1))) return text.slice(p, i).toLowerCase();
  }
  return "";
}

/** Three normalized ASCII characters as one small integer. */
const key3 = (a: number, b: number, c: number) => (a << 14) | (b << 7) | c;

/**
 * Where a root trie's starts are looked up: keys of one, two or three leading
 * characters, each with the node the trie reaches after them (a start found under
 * a key is checked from there on), digits, classes.
 */
interface RootKeys {
  one: Map<number, number>;
  two: Map<number, number>;
  three: Map<number, number>;
  digits: boolean;
  cats: Cat[];
  /** whether a match can begin at an astral character's high surrogate (a literal one, or a class that takes any character) */
  odd: boolean;
}

/** The literal children of node `o`: [key, child] pairs. */
function litsOf(t: Trie, o: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = o + KIDS; i < o + KIDS + 2 * t[o + LITS]; i += 2) out.push([t[i], t[i + 1]]);
  return out;
}

/** A node whose next character is a plain literal (no end, no class, no surrogate half) */
const literalOnly = (t: Trie, o: number) => !t[o + TERM] && !t[o + CATS] && t[o + LITS] > 0 && !litsOf(t, o).some(([k]) => k >= 0xd800 && k <= 0xdfff);

const rootKeyCache = new WeakMap<Trie, RootKeys>();
function rootKeys(t: Trie): RootKeys {
  let keys = rootKeyCache.get(t);
  if (keys) return keys;
  keys = { one: new Map(), two: new Map(), three: new Map(), digits: false, cats: [], odd: false };
  for (const [c1, n1] of litsOf(t, 0)) {
    if (isHighSurrogate(c1)) keys.odd = true;
    if (c1 === ZERO) keys.digits = true;
    // only words are indexed by more than their first character
    else if (!literalOnly(t, n1) || !isLetter(c1)) keys.one.set(c1, n1);
    else
      for (const [c2, n2] of litsOf(t, n1)) {
        // the deepest literal prefix the index has: ASCII three deep, else two
        if (c1 < 128 && c2 < 128 && literalOnly(t, n2) && litsOf(t, n2).every(([c3]) => c3 < 128))
          for (const [c3, n3] of litsOf(t, n2)) keys.three.set(key3(c1, c2, c3), n3);
        else keys.two.set(c1 * 0x10000 + c2, n2);
      }
  }
  const from = KIDS + 2 * t[LITS];
  for (let i = from; i < from + 2 * t[CATS]; i += 2) {
    const cat = t[i] as Cat;
    if (catMatches(cat, 0xd83d)) keys.odd = true;
    if (cat === Cat.Digit || cat === Cat.Number) keys.digits = true;
    else keys.cats.push(cat);
  }
  rootKeyCache.set(t, keys);
  return keys;
}

function rootStarts(plan: StartPlan, idx: StartIndex, allowed?: Uint8Array): number[] | null {
  const root = plan.root;
  if (!root) return null;
  const keys = rootKeys(root);
  const text = idx.text;
  const out: number[] = [];
  let lists = 0;
  // a start under a key has matched the trie that far: only the rest is checked
  const take = (l: number[] | undefined, node: number, depth: number) => {
    if (!l) return;
    lists++;
    for (const p of l) if ((!allowed || allowed[p] === 1) && accepts(root, node, text, p + depth)) out.push(p);
  };
  // each key the rule and the text share, read from the side with fewer keys (a lexicon's hundreds, a short text's few)
  const shared = (rule: Map<number, number>, text: Map<number, number[]>, depth: number) => {
    if (rule.size <= text.size) {
      for (const [k, node] of rule) take(text.get(k), node, depth);
    } else
      for (const [k, l] of text) {
        const node = rule.get(k);
        if (node !== undefined) take(l, node, depth);
      }
  };
  shared(keys.three, idx.byFirstThree, 3);
  shared(keys.two, idx.byFirstTwo, 2);
  shared(keys.one, idx.byFirst, 1);
  // digits and classes can go down more than one branch of the root
  if (keys.digits) take(plan.digitStart ? idx.digitStarts : idx.digits, 0, 0);
  for (const cat of keys.cats) {
    if (cat === Cat.Letter) take(idx.wordStarts, 0, 0);
    else if (cat === Cat.Upper) take(idx.upperStarts, 0, 0);
    else if (cat === Cat.Lower) take(idx.lowerStarts, 0, 0);
  }
  // (a text of emoji has as many of these as characters: only a rule that can begin at one reads them)
  if (idx.odd.length && keys.odd) take(idx.odd, 0, 0);
  return lists > 1 ? sortUnique(out) : out;
}

function sortUnique(list: number[]): number[] {
  const n = list.length;
  if (sorting.length < n) sorting = new Int32Array(Math.max(n, 2 * sorting.length));
  // a typed array sorts numbers without a comparator call per pair
  const view = sorting.subarray(0, n);
  view.set(list);
  view.sort();
  const out: number[] = [];
  for (let r = 0; r < n; r++) if (r === 0 || view[r] !== view[r - 1]) out.push(view[r]);
  return out;
}

function declaredStarts(d: NonNullable<StartPlan["declared"]>, idx: StartIndex): number[] {
  const out: number[] = [];
  pushWordStarts(d.words, idx, out);
  if (d.prefixes) for (const p of idx.wordStarts) if (accepts(d.prefixes, 0, idx.text, p)) out.push(p);
  if (d.wordTest) for (const [w, l] of wordsOf(idx)) if (!d.words.has(w) && d.wordTest(w)) for (const p of l) out.push(p);
  if (d.digits) for (const p of idx.digitStarts) out.push(p);
  for (const c of d.symbols) {
    const l = idx.byFirst.get(c);
    if (!l) continue;
    const after = d.symbolTries.get(c);
    for (const p of l) if (!after || accepts(after, 0, idx.text, p + 1)) out.push(p);
  }
  // an astral symbol is found by its high surrogate, which the index keeps apart from the others
  if (d.symbols.some(isHighSurrogate)) for (const p of idx.odd) out.push(p);
  return sortUnique(out);
}
