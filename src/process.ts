// One input document to one output record: the core extraction, with every
// failure turned into an error record so the run goes on.
import { ANCHOR_YEARS, anchorsDates, SCHEMA_VERSION } from "./contract.js";
import type { EntityType, Lang, OutputRecordT } from "./schema.js";
import { extract } from "./pipeline.js";
import { prepareDocument, oneLine, DEFAULT_MAX_BYTES, type InputDocument, type InputFormat, type RawDocument } from "./input/documents.js";
import { htmlToDocument, isHtmlFormat, loadHtmlSupport } from "./input/html-lazy.js";

export interface RunOptions {
  lang?: Lang;
  referenceDate?: string;
  types?: EntityType[];
  explain?: boolean;
  includeText?: boolean;
}

export function processDocument(doc: InputDocument, options: RunOptions): OutputRecordT {
  if (doc.error) return { schema: SCHEMA_VERSION, id: null, source: doc.source, error: doc.error };
  try {
    let text = doc.content ?? "";
    let title = doc.title ?? null;
    let published = doc.published ?? null;
    let lang = options.lang ?? (doc.lang === "en" || doc.lang === "nl" ? doc.lang : undefined);
    const warnings = [...doc.warnings];
    if (isHtmlFormat(doc.source.format)) {
      const page = htmlToDocument(text);
      text = page.text;
      title ??= page.title;
      published ??= page.published;
      lang ??= page.language;
      warnings.push(...page.warnings);
      if (!text) warnings.push("html: no text content found");
    }
    if (published && !anchorsDates(published)) {
      warnings.push(`published: '${published}' is outside the years ${ANCHOR_YEARS.from}-${ANCHOR_YEARS.to}; ignored`);
      published = null;
    }
    const crawled = doc.referenceDate && anchorsDates(doc.referenceDate) ? doc.referenceDate : undefined;
    return extract(text, {
      lang,
      referenceDate: options.referenceDate ?? crawled,
      title,
      published,
      types: options.types,
      explain: options.explain,
      includeText: options.includeText,
      source: doc.source,
      warnings,
    });
  } catch (e) {
    return {
      schema: SCHEMA_VERSION,
      id: null,
      source: doc.source,
      error: { code: "internal", message: oneLine(String((e as Error)?.message ?? e)) },
    };
  }
}

export interface RawRunOptions extends RunOptions {
  inputFormat?: InputFormat;
  maxBytes?: number;
}

/** A raw document (bytes or a JSONL line) to its record: decode, parse, extract; never throws. */
export async function processRaw(raw: RawDocument, options: RawRunOptions): Promise<OutputRecordT> {
  let doc: InputDocument;
  try {
    doc = prepareDocument(raw, options.inputFormat ?? "auto", options.maxBytes ?? DEFAULT_MAX_BYTES);
    if (!doc.error && isHtmlFormat(doc.source.format)) await loadHtmlSupport();
  } catch (e) {
    return { schema: SCHEMA_VERSION, id: null, source: raw.source, error: { code: "internal", message: oneLine(String((e as Error)?.message ?? e)) } };
  }
  return processDocument(doc, options);
}
