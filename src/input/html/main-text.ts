// The article's main text. Every run of inline text belongs to its nearest block
// element; a block is article prose when it is long enough, punctuated like
// sentences and not mostly links, and boilerplate otherwise. The article root is
// the element whose subtree holds the most prose for the least boilerplate; its
// text is written out with boilerplate templates (share bars, related links,
// comments, cookie walls) left out and leading and trailing furniture trimmed.
// All passes are loops over the elements in document order: linear time, no
// recursion.
import type { El, Page } from "./tree.js";
import { BOILERPLATE_LINES, BOILERPLATE_PARTS, BOILERPLATE_ROLES, BOILERPLATE_TAGS } from "./hints.js";

const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
  "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "blockquote",
  "pre", "figure", "figcaption", "address", "form", "fieldset", "center", "details", "summary", "body", "html", "#root",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const BOILERPLATE_PART_SET = new Set<string>(BOILERPLATE_PARTS);
const BOILERPLATE_ROLE_SET = new Set<string>(BOILERPLATE_ROLES);
const BOILERPLATE_TAG_SET = new Set<string>(BOILERPLATE_TAGS);
const BOILERPLATE_LINE_SET = new Set<string>(BOILERPLATE_LINES);

/** Shortest prose block, in non-space characters. */
const MIN_PROSE = 30;
/** What a block costs: many short blocks (menus, tag lists) weigh against their container. */
const BLOCK_COST = 10;
/** Weight of link text against plain text. */
const LINK_WEIGHT = 0.5;
/** Weight of text without sentence punctuation (labels, bylines, menus) against prose. */
const SHORT_FRAGMENT_WEIGHT = 0.3;
/** Weight of text in boilerplate-named elements. */
const NOISE_WEIGHT = 1;
/** A boilerplate-named element holding more prose than this share of the page's is a page wrapper. */
const WRAPPER_SHARE = 0.6;

export interface MainTextOptions {
  /** the text of schema.org `articleBody` (JSON-LD), when the page has one */
  articleBody?: string | null;
}

interface Stats {
  /** non-space characters of the block's own inline text */
  own: Int32Array;
  /** of which inside links */
  link: Int32Array;
  /** sentence ends and commas in the block's own text */
  stops: Int32Array;
  /** block index of every element (itself when it is a block) */
  blockOf: Int32Array;
  /** 1 boilerplate name/tag/role, 2 content itemprop, 0 neither */
  hint: Int8Array;
  /** last non-space character of the block's own text */
  lastChar: Int32Array;
  /** blocks with text, in the order their text starts */
  order: number[];
}

export function mainText(page: Page, _options: MainTextOptions = {}): string {
  const { all } = page;
  const n = all.length;
  const st = measure(all);
  const { own, link, blockOf, hint } = st;

  // what each block says for or against being article text
  const value = new Float64Array(n);
  const isProse = new Uint8Array(n);
  for (const i of st.order) {
    const plain = own[i] - link[i];
    const sentences = st.stops[i] > 0;
    const teaser = isTeaser(st, all, i);
    if (HEADINGS.has(all[i].tag)) value[i] = link[i] * 2 >= own[i] ? -own[i] : 0;
    else if (teaser) value[i] = -own[i];
    else value[i] = (sentences ? plain : plain * SHORT_FRAGMENT_WEIGHT) - LINK_WEIGHT * link[i] - BLOCK_COST;
    if (value[i] > 0 && sentences && own[i] >= MIN_PROSE && link[i] * 2 < own[i] && !HEADINGS.has(all[i].tag)) isProse[i] = 1;
  }
  // a boilerplate-named wrapper around most of the page is layout, not furniture
  const positive = new Float64Array(n);
  for (let i = 0; i < n; i++) positive[i] = Math.max(0, value[i]);
  for (let i = n - 1; i > 0; i--) positive[all[i].parent!.index] += positive[i];
  const total = positive[0] || 1;
  for (let i = 0; i < n; i++) {
    if (hint[i] === 1 && positive[i] > WRAPPER_SHARE * total && !isCommentName(all[i])) hint[i] = 0;
  }
  const inNoise = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = all[i].parent;
    inNoise[i] = hint[i] === 1 || (p !== null && inNoise[p.index] === 1 && hint[i] !== 2) ? 1 : 0;
  }
  // text inside furniture counts against the elements around it, prose or not
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) score[i] = inNoise[i] ? -own[i] * NOISE_WEIGHT : value[i];
  for (let i = n - 1; i > 0; i--) score[all[i].parent!.index] += score[i];
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < n; i++) {
    if (inNoise[i]) continue;
    const s = score[i] * (hint[i] === 2 ? 1.25 : 1);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return render(page, st, best, isProse, inNoise);
}

/** One walk in document order: whose block each element is, and what each block's own text holds. */
function measure(all: El[]): Stats {
  const n = all.length;
  const own = new Int32Array(n);
  const link = new Int32Array(n);
  const stops = new Int32Array(n);
  const blockOf = new Int32Array(n);
  const inLink = new Uint8Array(n);
  const hint = new Int8Array(n);
  const lastChar = new Int32Array(n);
  const order: number[] = [];
  // a number on the stack gives the text that follows a child element back to its parent
  const stack: (El | string | number)[] = [all[0]];
  let owner = 0;
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === "number") {
      owner = item;
      continue;
    }
    if (typeof item === "string") {
      const [chars, marks, last] = countText(item);
      if (!chars) continue;
      const b = blockOf[owner];
      if (own[b] === 0) order.push(b);
      own[b] += chars;
      stops[b] += marks;
      lastChar[b] = last;
      if (inLink[owner]) link[b] += chars;
      continue;
    }
    const i = item.index;
    const p = item.parent;
    blockOf[i] = BLOCK_TAGS.has(item.tag) || p === null ? i : blockOf[p.index];
    inLink[i] = item.tag === "a" || (p !== null && inLink[p.index] === 1) ? 1 : 0;
    hint[i] = hintOf(item);
    const children = item.children;
    for (let k = children.length - 1; k >= 0; k--) {
      const c = children[k];
      if (typeof c !== "string") stack.push(i);
      stack.push(c);
    }
    owner = i;
  }
  return { own, link, stops, blockOf, hint, lastChar, order };
}

/** Non-space characters, and sentence ends or commas followed by a space or the end. */
function countText(s: string): [number, number, number] {
  let chars = 0;
  let marks = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0xa0) continue;
    chars++;
    last = c;
    if (c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 0x3002) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 32;
      if (next <= 32 || next === 0xa0 || next === 0x201d || next === 34) marks++;
    }
  }
  return [chars, marks, last];
}

/**
 * The summary of a teaser (a card in a list of other stories): cut off with an ellipsis.
 */
function isTeaser(st: Stats, all: El[], block: number): boolean {
  const last = st.lastChar[block];
  if (last === 0x2026) return true;
  return last === 46 && /\.\.\.\s*$|…\s*$/.test(lastText(all[block]));
}

/** The last text node of an element, found without recursion. */
function lastText(el: El): string {
  let node: El | string = el;
  while (typeof node !== "string") {
    const kids: (El | string)[] = node.children;
    let k = kids.length - 1;
    while (k >= 0 && typeof kids[k] === "string" && !(kids[k] as string).trim()) k--;
    if (k < 0) return "";
    node = kids[k];
  }
  return node;
}

function hintOf(el: El): 0 | 1 | 2 {
  const a = el.attrs;
  if (a.itemprop && /articlebody|text/i.test(a.itemprop)) return 2;
  if (el.tag === "body" || el.tag === "html" || el.tag === "#root") return 0;
  if (BOILERPLATE_TAG_SET.has(el.tag)) return 1;
  if (a.role && BOILERPLATE_ROLE_SET.has(a.role.toLowerCase())) return 1;
  if (a["aria-hidden"] === "true") return 1;
  const names = `${a.class ?? ""} ${a.id ?? ""}`;
  if (names.length < 2) return 0;
  let known = namesHint.get(names);
  if (known === undefined) {
    known = 0;
    for (const part of nameParts(names)) if (BOILERPLATE_PART_SET.has(part)) known = 1;
    if (namesHint.size > 50_000) namesHint.clear();
    namesHint.set(names, known);
  }
  return known;
}

/** Class and id strings repeat within a page and across pages of a site. */
const namesHint = new Map<string, 0 | 1>();

function isCommentName(el: El): boolean {
  return /comment|reacti|disqus|repl/i.test(`${el.attrs.class ?? ""} ${el.attrs.id ?? ""}`);
}

/** `relatedPosts`, `post-share_bar` → related posts, post share bar (lower case). */
function nameParts(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((p) => p && !/^\d+$/.test(p));
}

interface Segment {
  text: string;
  block: number;
  prose: boolean;
  heading: boolean;
}

/** The root's text, block by block, without furniture; a blank line between blocks. */
function render(page: Page, st: Stats, root: number, isProse: Uint8Array, inNoise: Uint8Array): string {
  const { all } = page;
  const segments: Segment[] = [];
  let buf: string[] = [];
  let bufBlock = root;
  const flush = () => {
    const text = collapse(buf.join(""));
    if (text) {
      const b = bufBlock;
      segments.push({ text, block: b, prose: isProse[b] === 1, heading: HEADINGS.has(all[b].tag) });
    }
    buf = [];
  };
  // explicit stack of [node, leaving-marker]; a negative index marks the end of a block
  const stack: (El | string | number)[] = [all[root]];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === "number") {
      flush();
      bufBlock = st.blockOf[item];
      continue;
    }
    if (typeof item === "string") {
      buf.push(item);
      continue;
    }
    const i = item.index;
    if (i !== root && inNoise[i] && !inNoise[root]) continue;
    if (item.tag === "br") {
      buf.push("\n");
      continue;
    }
    if (item.tag === "hr") continue;
    const block = st.blockOf[i] === i;
    if (block) {
      flush();
      bufBlock = i;
      // after the block, text belongs to the enclosing block again
      if (item.parent) stack.push(item.parent.index);
    }
    for (let k = item.children.length - 1; k >= 0; k--) stack.push(item.children[k]);
  }
  flush();
  return keepArticle(segments).join("\n\n");
}

/** Drops furniture before the first and after the last prose block, and labels in between. */
function keepArticle(segments: Segment[]): string[] {
  let first = segments.findIndex((s) => s.prose);
  if (first < 0) return segments.map((s) => s.text);
  let last = segments.length - 1;
  while (last > first && !segments[last].prose) last--;
  // a heading right before the first paragraph is a subheading of the article (not its title)
  const out: string[] = [];
  for (let i = first; i <= last; i++) {
    const s = segments[i];
    if (!s.prose && BOILERPLATE_LINE_SET.has(s.text.toLowerCase().replace(/[:.!»›>\s]+$/, ""))) continue;
    out.push(s.text);
  }
  return out;
}

function collapse(s: string): string {
  return s
    .replace(/[ \t\r\f\u00a0\u200b]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
