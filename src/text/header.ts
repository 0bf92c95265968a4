// Title and publication date of a text press release: a `date 2022-02-24` dateline,
// a date alone on a line near the top (`20/06/2017` under the headline), and a
// first line that reads as a headline.

export interface Header {
  title: string | null;
  published: string | null;
}

const HEAD_LINES = 12;
const DATELINE = /^\s*(?:date|datum|published|gepubliceerd)\s*:?\s*(\d{4})-(\d{2})-(\d{2})\b/i;
const DATE_ALONE = /^[\s•·*\-–]*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;
const ISO_ALONE = /^[\s•·*\-–]*(\d{4})-(\d{2})-(\d{2})\s*$/;
// navigation lines that open scraped page text
const BOILERPLATE = /^(skip to|ga naar|menu|home|search|zoeken|cookie|nieuws$|news$|images?\b)/i;

export function readHeader(text: string): Header {
  const lines = text.split("\n", 200).slice(0, 60).map((l) => l.trim()).filter(Boolean).slice(0, HEAD_LINES);
  let published: string | null = null;
  const dl = DATELINE.exec(lines[0] ?? "");
  if (dl) published = isoDay(+dl[1], +dl[2], +dl[3]);
  for (const line of lines) {
    if (published) break;
    const d = DATE_ALONE.exec(line);
    if (d) published = isoDay(+d[3], +d[2], +d[1]);
    const iso = ISO_ALONE.exec(line);
    if (iso) published = isoDay(+iso[1], +iso[2], +iso[3]);
  }
  const title = lines.find(isHeadline) ?? null;
  return { title, published };
}

function isHeadline(line: string): boolean {
  if (/^[•·*\-–]/.test(line) || BOILERPLATE.test(line) || DATELINE.test(line)) return false;
  if (/[.:;,]$/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= 25 && /^\p{Lu}/u.test(line);
}

export function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
