// Bench section: HTML main text on the article extraction benchmark (181 real
// news pages with their true article body), against Readability.js on linkedom
// in the same run: speed, article body F1 (the benchmark's 4-gram shingle
// metric), and how often the headline and publication date are found on pages
// that declare them.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { htmlToDocument } from "../input/html.js";

const SUITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/peer-suites/article-extraction");

interface Page {
  key: string;
  html: string;
  body: string;
}

export async function run(): Promise<void> {
  const dir = path.join(SUITE, "html");
  if (!fs.existsSync(dir)) {
    console.log(`html: skipped (no benchmark pages in ${dir})`);
    return;
  }
  const truth = JSON.parse(fs.readFileSync(path.join(SUITE, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string }>;
  const pages: Page[] = Object.keys(truth)
    .sort()
    .filter((k) => fs.existsSync(path.join(dir, `${k}.html.gz`)))
    .map((key) => ({ key, html: zlib.gunzipSync(fs.readFileSync(path.join(dir, `${key}.html.gz`))).toString("utf8"), body: truth[key].articleBody }));
  const mb = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0) / 1e6;

  // a first pass over all pages warms each up (JIT), the second is timed
  for (const p of pages) htmlToDocument(p.html);
  let start = performance.now();
  const ours = pages.map((p) => htmlToDocument(p.html));
  const oursMs = performance.now() - start;
  console.log(`html: kzbe main text + title + date: ${pages.length} pages, ${mb.toFixed(1)} MB in ${(oursMs / 1000).toFixed(2)} s = ${(mb / (oursMs / 1000)).toFixed(1)} MB/s, article body F1 ${f1(pages, ours.map((d) => d.text)).toFixed(3)}`);

  const readability = await loadReadability();
  if (!readability) console.log("html: Readability.js comparison skipped (@mozilla/readability and linkedom are dev dependencies)");
  else {
    for (const p of pages) readability(p.html);
    start = performance.now();
    const theirs = pages.map((p) => readability(p.html));
    const theirMs = performance.now() - start;
    console.log(`html: Readability.js + linkedom: ${(theirMs / 1000).toFixed(2)} s = ${(mb / (theirMs / 1000)).toFixed(1)} MB/s, article body F1 ${f1(pages, theirs).toFixed(3)}`);
    console.log(`html: kzbe is ${(theirMs / oursMs).toFixed(1)}x faster than Readability.js (goal >= 5x)`);
  }

  // coverage: of the pages declaring a headline / publication date, how many we report
  let titled = 0, titleFound = 0, dated = 0, dateFound = 0;
  pages.forEach((p, i) => {
    const head = p.html;
    if (/property=["']og:title["']|"headline"\s*:|<title[^>]*>\s*[^<\s]/i.test(head)) {
      titled++;
      if (ours[i].title) titleFound++;
    }
    if (/article:published_time|"datePublished"\s*:|itemprop=["']datePublished|<time[^>]{1,200}datetime=|\bpubdate\b/i.test(head)) {
      dated++;
      if (ours[i].published) dateFound++;
    }
  });
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "n/a");
  console.log(`html: title found on ${titleFound}/${titled} pages declaring one (${pct(titleFound, titled)}%), publication date on ${dateFound}/${dated} (${pct(dateFound, dated)}%) (goal >= 90%)`);
}

async function loadReadability(): Promise<((html: string) => string) | null> {
  try {
    const { Readability } = (await import("@mozilla/readability")) as typeof import("@mozilla/readability");
    const { parseHTML } = (await import("linkedom")) as { parseHTML(html: string): { document: unknown } };
    return (html: string) => {
      try {
        const { document } = parseHTML(html);
        return new Readability(document as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? "";
      } catch {
        return "";
      }
    };
  } catch {
    return null;
  }
}

/** The benchmark's metric: 4-gram shingle precision and recall per page, averaged, F1 of the averages. */
function f1(pages: Page[], texts: string[]): number {
  const ps: number[] = [];
  const rs: number[] = [];
  pages.forEach((p, i) => {
    const a = shingles(p.body);
    const b = shingles(texts[i]);
    let tp = 0, fp = 0, fn = 0;
    for (const k of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(k) ?? 0, y = b.get(k) ?? 0;
      tp += Math.min(x, y);
      fp += Math.max(0, y - x);
      fn += Math.max(0, x - y);
    }
    const exact = fp === 0 && fn === 0;
    if (tp + fp > 0 || exact) ps.push(exact ? 1 : tp / (tp + fp));
    if (tp + fn > 0 || exact) rs.push(exact ? 1 : tp / (tp + fn));
  });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const P = mean(ps), R = mean(rs);
  return P + R ? (2 * P * R) / (P + R) : 0;
}

function shingles(s: string): Map<string, number> {
  const t = s.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join(" ");
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
