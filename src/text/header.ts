// Title and publication date of a text press release: a `date 2022-02-24` dateline,
// a date alone on a line near the top (`20/06/2017` under the headline), and a
// first line that reads as a headline.
import { regex, rx } from "./classes.js";
import { isSiteLine, pageHeadline } from "./furniture.js";
import { MONTHS as EN_MONTHS } from "../lang/en/lexicon/time.js";
import { MONTHS as NL_MONTHS } from "../lang/nl/lexicon/time.js";

export interface Header {
  title: string | null;
  published: string | null;
}

const HEAD_LINES = 12;
const DATELINE = /^\s*(?:date|datum|published|gepubliceerd)\s*:?\s*(\d{4})-(\d{2})-(\d{2})\b/i;
// a clock time may follow a date on its line (`19 February 2025, 14:35`, `15-04-2025 | 10:30`), with a half of
// the day and a time zone as wire services write it (`March 3, 2026 9:05 AM GMT+1`)
const CLOCK_AFTER = String.raw`(?:\s*(?:[|,]\s*)?(?:(?:om|at)\s)?\d{1,2}[:.]\d{2}(?:\s?(?:uur|u|h|[AaPp]\.?[Mm]\.?))?(?:\s(?:GMT|UTC|CET|CEST)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?`;
// a meta line of short fields between bars may hold the date (`Nieuwsbericht | 15-04-2025 | 10:30`,
// `News | 07.10.2025 | Economy`, `Interview | Door X Y | 18 april 2025`): a label, a byline, a section,
// a reading time (`By X Y | 14 May 2026 | 4 min read`); fields may also be parted by a middle dot
// (`9:05 AM · Updated 2 hours ago`), and a source field by a dash (`Regional Enterprise Agency – 4 March 2026`)
const META_FIELD = String.raw`[^\S\n]*[\p{L}\p{N}][\p{L}\p{N}.&' -]{0,40}?[^\S\n]*`;
const FIELDS_BEFORE = String.raw`(?:${META_FIELD}[|·–—])`;
// a field after the date may carry its label or a count (`| Views: 2 318`, `| Reacties (12)`, `| Leestijd: 4 minuten`, `| Last updated: 19 October
// 2031, 15:10`), and the date of an update may follow after a dot or a run of spaces (`· Updated October 19, 2031, 09:05`,
// `om 06:00   Laatste update: 12 jan. 2031 om 08:14`)
const LABELLED_FIELD = String.raw`[^\S\n]*[|·][^\S\n]*\p{L}+(?:[^\S\n]\p{L}+)?(?::[^|·\n]{1,40}|[^\S\n]*\(\d+\))`;
const UPDATE_FIELD = String.raw`(?:[^\S\n]*[|·]|[^\S\n]{2,})[^\S\n]*(?:[Uu]pdated|[Ll]ast\s+updated|[Ll]aatste\s+update|[Bb]ijgewerkt|[Ll]aatst\s+bijgewerkt)(?:\s+(?:on|op))?:?[^|·\n]{1,40}`;
const FIELDS_AFTER = String.raw`(?:[^\S\n]*[|·]${META_FIELD}|${LABELLED_FIELD}|${UPDATE_FIELD})`;
// the label of a date written in figures (`Published: 18.10.2031`, `Datum: 12-01-2031`)
const NUMERIC_LABEL = String.raw`(?:(?:[Pp]ublished|[Pp]osted|[Dd]ate(?:\s+of\s+publication)?|[Pp]ublication\s+date|[Gg]epubliceerd|[Gg]eplaatst|[Dd]atum|[Pp]ublicatiedatum)(?:\s+(?:on|op))?\s*:?\s*)?`;
const DATE_ALONE = regex(String.raw`^[\s•·*\-–]*${FIELDS_BEFORE}{0,3}\s*${NUMERIC_LABEL}(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})` + CLOCK_AFTER + String.raw`${FIELDS_AFTER}{0,2}\s*$`, "u");
const CLOCK_ALONE = regex("^" + CLOCK_AFTER + String.raw`${FIELDS_AFTER}{0,2}\s*$`, "u");
// the last field may be the dateline's place (`H1 2025 trading update | Aktau, 9 July 2025`) or a label of the date
// (`Delta Pumps NV | published 30 April 2027`); one field before a bar may be a long name (`Nieuwsbrief van de
// Belgisch-Georgische Kamer van Koophandel | 4 september 2026`)
const DATE_LABEL = String.raw`(?:(?:[Pp]ublished|[Uu]pdated|[Ii]ssued|[Gg]epubliceerd|[Bb]ijgewerkt|[Vv]erschenen)(?:\s+(?:on|op))?\s*:?\s*)?`;
const FIELDS_ALONE = regex(String.raw`^[\s•·*\-–]*(?:${FIELDS_BEFORE}{1,3}|[^\n|]{1,80}\|)\s*${DATE_LABEL}(?:\p{Lu}[\p{L}' .()/-]{1,40},\s*)?$`, "u");
// an act's number before its date in the act's title (`Resolution of the Government … No. 512 of 14 July 2026`,
// `Besluit van … nr. 2026/118 van 3 maart 2026`): the day the act was made, which the text publishes
const ACT_NUMBER = /(?:^|\s)(?:No|Nr|nr|no|Nº|№)\.?\s*\d[\d/.-]*\s+(?:of|van|dated|dd\.?)\s+$/u;
const ISO_ALONE = /^[\s•·*\-–]*(\d{4})-(\d{2})-(\d{2})\s*$/;
// navigation lines that open scraped page text
const BOILERPLATE = /^(skip to|ga naar|menu|home|search|zoeken|cookie|nieuws$|news$|images?\b)/i;

export function readHeader(text: string): Header {
  // a web page's menus, language switcher and cookie notice are no lines of the release's header
  const lines = text.split("\n", 200).slice(0, 60).map((l) => l.trim()).filter((l) => l && !isSiteLine(l)).slice(0, HEAD_LINES);
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
  // a page that gives its day at its foot, under a label (`Gepubliceerd op: 4 maart 2027`, `Published on March 4, 2027`,
  // `Publicatiedatum: 04-03-2027`), as government sites do; an unlabelled date there is a related page's
  if (!published) published = footerDate(text);
  // a page that opens with the site's lines: its headline is the last line that reads as one before the first paragraph
  const title = pageHeadline(text)?.text ?? lines.find(isHeadline) ?? null;
  return { title, published };
}

const FOOTER_LINES = 25;
const PUBLISHED_LABEL = String.raw`^[\s•·*\-–]*(?:[Pp]ublished(?:\s+on)?|[Dd]ate\s+of\s+publication|[Pp]ublication\s+date|[Pp]osted\s+on|[Gg]epubliceerd(?:\s+op)?|[Pp]ublicatiedatum|[Gg]eplaatst\s+op)\s*:?\s*`;
const FOOTER_DAY_MONTH = regex(`${PUBLISHED_LABEL}(?<d>\\d{1,2})\\.?\\s+(?<m>\\p{L}{3,9})\\.?,?\\s+(?<y>\\d{4})${CLOCK_AFTER}\\s*$`, "u");
const FOOTER_MONTH_DAY = regex(`${PUBLISHED_LABEL}(?<m>\\p{L}{3,9})\\.?\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})${CLOCK_AFTER}\\s*$`, "u");
const FOOTER_NUMERIC = regex(`${PUBLISHED_LABEL}(?<d>\\d{1,2})[/.-](?<m>\\d{1,2})[/.-](?<y>\\d{4})${CLOCK_AFTER}\\s*$`, "u");

/** The day a labelled line among the last lines of the text gives as the page's publication. */
function footerDate(text: string): string | null {
  const lines = text.slice(-3000).split("\n").map((l) => l.trim()).filter(Boolean).slice(-FOOTER_LINES);
  for (const line of lines) {
    const n = FOOTER_NUMERIC.exec(line);
    if (n) return isoDay(+n.groups!.y, +n.groups!.m, +n.groups!.d);
    const w = FOOTER_DAY_MONTH.exec(line) ?? FOOTER_MONTH_DAY.exec(line);
    if (!w) continue;
    const key = w.groups!.m.toLowerCase();
    const month = EN_MONTHS[key] ?? NL_MONTHS[key];
    if (month) return isoDay(+w.groups!.y, month, +w.groups!.d);
  }
  return null;
}

function isHeadline(line: string): boolean {
  if (/^[•·*\-–]/.test(line) || BOILERPLATE.test(line) || DATELINE.test(line)) return false;
  if (/[.:;,]$/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= 25 && rx.u`^\p{Lu}`.test(line);
}

export function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const DATELINE_DASH = /\s[–—-]\s/u;
/** How far into a sentence the dash that ends a dateline may stand. */
const DATELINE_DASH_REACH = 80;

/**
 * Where a sentence's own words begin: after a dateline, else its start. A dateline is
 * what comes before a dash within reach when it holds a date (`ANTWERPEN, 12 september
 * 2023 –`) or only capitalised words (`Antwerp –`, `BRUSSELS (Belga) –`).
 */
export function afterDateline(text: string, start: number, dates: readonly { start: number }[]): number {
  const dash = DATELINE_DASH.exec(text.slice(start, start + DATELINE_DASH_REACH));
  if (!dash) return start;
  const end = start + dash.index + dash[0].length;
  const words = text.slice(start, start + dash.index).split(/\s+/).filter(Boolean);
  const placeOnly = words.length > 0 && words.length <= 4 && words.every((w) => rx.u`^[\p{Lu}\d(]`.test(w));
  return placeOnly || dates.some((d) => d.start >= start && d.start < end) ? end : start;
}

/** How far into the text a dateline may open the body. */
export const DATELINE_REACH = 600;

/**
 * The date of a dateline that opens the body: a day date after a place and a comma
 * (`ASTANA, 14 March 2023 –`, `Antwerpen, 5 oktober 2022 -`), right before a dash,
 * or alone on its line.
 * `dates` are the day dates found in the first DATELINE_REACH characters.
 */
export function datelineDate(text: string, dates: readonly { start: number; end: number; value: string | null; grain: string | null }[]): string | null {
  for (const d of dates) {
    if (d.grain !== "day" || !d.value || !/^\d{4}-\d{2}-\d{2}$/.test(d.value) || d.start > DATELINE_REACH) continue;
    const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
    const before = text.slice(lineStart, d.start);
    const after = text.slice(d.end, d.end + 4);
    if (rx.u`^\s*\p{Lu}[\p{L}' .()/-]{1,40},\s*$`.test(before) || (before.trim() === "" && /^\s*[–—-]\s/u.test(after))) return d.value;
    // a written date with its year alone on its line under the headline (`26 April 2024`, `Thursday, 26 April 2024`,
    // `Published on …`, `Gepubliceerd op …`, `For immediate release – …`); never a relative one (`tomorrow`), which the anchor itself decides
    const lineEnd = text.indexOf("\n", d.end);
    const alone = (rx.u`^\s*(?:\p{L}+\s*[:,]?\s*){0,3}(?:[–—]\s*)?$`.test(before) || FIELDS_ALONE.test(before)) && CLOCK_ALONE.test(text.slice(d.end, lineEnd < 0 ? text.length : lineEnd));
    if (alone && /\d{4}/.test(text.slice(d.start, d.end)) && text.indexOf("\n") >= 0 && lineStart > 0) return d.value;
    // a byline with its section and day on one line, as news sites print it (`By Anna Berg in Business on 23 April 2027`,
    // `Door Jan Peeters in Economie op 12 juni 2027`)
    if (BYLINE_ON.test(before) && CLOCK_ALONE.test(text.slice(d.end, lineEnd < 0 ? text.length : lineEnd)) && /\d{4}/.test(text.slice(d.start, d.end))) return d.value;
    // a date that ends the headline after a dash or bar, the day of the meeting or briefing it reports
    // (`Persconferentie Vlaamse Regering – vrijdag 16 januari 2026`, `Press briefing | 3 March 2025`,
    // `Besluitenlijst gemeenteraad – zitting van 23 maart 2026` under the name of the council that holds it)
    const endsHeadline = rx.u`\s[–—|]\s+(?:\p{L}+,?\s+){0,3}$`.test(before) && CLOCK_ALONE.test(text.slice(d.end, lineEnd < 0 ? text.length : lineEnd));
    if (endsHeadline && underNameOnly(text, lineStart) && /\d{4}/.test(text.slice(d.start, d.end))) return d.value;
    if (ACT_NUMBER.test(before) && lineStart === text.search(/\S/u) && /\d{4}/.test(text.slice(d.start, d.end))) return d.value;
  }
  return null;
}

// `By` or `Door`, a name of up to five words, a section after `in` or a dash, and `on`, `op` or a comma before the day
const BYLINE_ON = regex(String.raw`^\s*(?:[Bb]y|[Dd]oor)\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}(?:\s+(?:in|[–—|])\s+\p{Lu}[\p{L}&' -]{0,30})?(?:\s+(?:on|op)|,)?\s+$`, "u");

/** A line that opens the text or stands under a name alone on its line (`Gemeente Lommelveen`, `City of Ghent`). */
function underNameOnly(text: string, lineStart: number): boolean {
  const above = text.slice(0, lineStart).split("\n").map((l) => l.trim()).filter(Boolean);
  return above.length === 0 || (above.length === 1 && rx.u`^\p{Lu}[\p{L}'-]*(?:\s+[\p{L}'-]+){0,3}$`.test(above[0]));
}
