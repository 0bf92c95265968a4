// The ordered stages of one document: plain text → header → language →
// sentences → entities → record. No I/O here, so it runs in a worker, a test
// or another program.
import { createHash } from "node:crypto";
import { anchorsDates, SCHEMA_VERSION, ENTITY_TYPES } from "./contract.js";
import {
  type DocumentRecordT,
  type EntityType,
  type Lang,
  type SourceT,
} from "./schema.js";
import { toPlainText } from "./text/normalize.js";
import { readHeader, datelineDate, DATELINE_REACH } from "./text/header.js";
import { detectLanguage } from "./text/language.js";
import { splitSentences } from "./text/sentences.js";
import { codePointMap, type CodePointMap } from "./text/codepoints.js";
import { LANGUAGE_PACKS } from "./lang/index.js";
import { rx } from "./text/classes.js";
import { nextDocument } from "./rule-starts.js";
import type { Doc, RawSpan } from "./document.js";
import { extractDates } from "./entities/dates.js";
import { extractFigures } from "./entities/figures.js";
import { extractPeople } from "./entities/people.js";
import { extractOrganisations } from "./entities/organisations.js";
import { extractPlaces } from "./entities/places.js";
import { extractAgreements } from "./entities/agreements.js";
import { extractEvents } from "./entities/events.js";

export interface ExtractOptions {
  /** forces the language instead of detecting it */
  lang?: Lang;
  /** YYYY-MM-DD: anchors relative dates when the document has no publication date */
  referenceDate?: string;
  /** given by the input (HTML metadata, JSONL fields): wins over what the text shows */
  title?: string | null;
  published?: string | null;
  /** entity types to extract; all when absent */
  types?: readonly EntityType[];
  /** adds the id of the firing rule to every item */
  explain?: boolean;
  /** adds the plain text to the record */
  includeText?: boolean;
  source?: SourceT;
  /** warnings from reading the input, carried into the record */
  warnings?: string[];
}

export function documentId(plain: string): string {
  return createHash("sha256").update(plain, "utf8").digest("hex").slice(0, 16);
}

export function extract(input: string, options: ExtractOptions = {}): DocumentRecordT {
  const text = toPlainText(input);
  nextDocument();
  const warnings = [...(options.warnings ?? [])];
  const header = readHeader(text);
  const title = options.title !== undefined && options.title !== null ? options.title : header.title;
  let published = options.published ?? header.published;
  const detected = options.lang ?? detectLanguage(text);
  // a text without a letter or a digit holds nothing to extract: no rules run on it (compiling them was most of
  // the time of a run on one empty document)
  const readable = rx.u`[\p{L}\p{N}]`.test(text);
  if (detected === "und" && readable) warnings.push("language uncertain: rules for English applied");
  const pack = LANGUAGE_PACKS[detected === "und" ? "en" : detected];
  // a publication date outside the anchor years dates the text and anchors nothing (contract.ts)
  const anchoring = (day: string | null) => (day && anchorsDates(day) ? day : null);
  const doc: Doc = {
    text,
    lang: pack.lang,
    pack,
    sentences: splitSentences(text, pack.abbreviations),
    anchor: anchoring(published) ?? options.referenceDate ?? null,
    published,
    explain: options.explain ?? false,
  };
  if (!published && readable) {
    // a dateline (`ASTANA, 14 March 2023 –`) dates the release: read it before anything is anchored
    const head = text.slice(0, DATELINE_REACH + 40);
    const headDoc: Doc = { ...doc, text: head, sentences: splitSentences(head, pack.abbreviations) };
    published = datelineDate(head, extractDates(headDoc));
    doc.published = published;
    doc.anchor = anchoring(published) ?? doc.anchor;
  }
  const wanted = new Set<EntityType>(readable ? (options.types ?? ENTITY_TYPES) : []);
  // agreements and events are stated about people, organisations, places and dates
  const relational = wanted.has("agreements") || wanted.has("events");
  const needs = (t: EntityType) => wanted.has(t) || (relational && t !== "figures");

  const dates = needs("dates") || wanted.has("figures") ? extractDates(doc) : [];
  // places need the figures: `US dollars` in `3.4 billion US dollars` is a currency, not a place
  const figures = wanted.has("figures") || wanted.has("places") ? extractFigures(doc, dates) : [];
  // people need the organisations: a role names one, and a name inside one is no person
  const organisations = needs("organisations") || needs("people") ? extractOrganisations(doc) : [];
  const people = needs("people") ? extractPeople(doc, organisations) : [];
  const claimed: RawSpan[] = [...[...organisations, ...people].flatMap((e) => e.mentions), ...figures.filter((f) => f.quantity === "money")];
  const places = needs("places") ? extractPlaces(doc, claimed) : [];
  const events = relational ? extractEvents(doc, dates, people, organisations, places) : [];
  const agreements = wanted.has("agreements") ? extractAgreements(doc, dates, people, organisations, places, events) : [];

  const cp = codePointMap(text);
  const record: DocumentRecordT = {
    schema: SCHEMA_VERSION,
    id: documentId(text),
    source: options.source ?? { path: null, format: "text" },
    language: detected,
    title,
    published,
    dates: wanted.has("dates") ? dates.map((d) => toCodePoints(d, cp)) : [],
    people: wanted.has("people") ? people.map((p) => mentionsToCodePoints(p, cp)) : [],
    organisations: wanted.has("organisations") ? organisations.map((o) => mentionsToCodePoints(o, cp)) : [],
    places: wanted.has("places") ? places.map((p) => mentionsToCodePoints(p, cp)) : [],
    figures: wanted.has("figures") ? figures.map((f) => toCodePoints(f, cp)) : [],
    agreements: agreements.map((a) => toCodePoints(a, cp)),
    events: wanted.has("events") ? events.map((e) => toCodePoints(e, cp)) : [],
    warnings,
  };
  if (options.includeText) record.text = text;
  return record;
}

function toCodePoints<T extends RawSpan>(span: T, cp: CodePointMap): T {
  return { ...span, start: cp.toCodePoint(span.start), end: cp.toCodePoint(span.end) };
}

function mentionsToCodePoints<T extends { mentions: RawSpan[] }>(entity: T, cp: CodePointMap): T {
  return { ...entity, mentions: entity.mentions.map((m) => toCodePoints(m, cp)) };
}
