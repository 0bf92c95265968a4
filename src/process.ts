// One input document to one output record: the core extraction, with every
// failure turned into an error record so the run goes on.
import { SCHEMA_VERSION, type EntityType, type Lang, type OutputRecordT } from "./schema.js";
import { extract } from "./pipeline.js";
import type { InputDocument } from "./input/documents.js";
import { htmlToDocument } from "./input/html.js";

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
    if (doc.source.format === "html" || doc.source.format === "jsonl+html") {
      const page = htmlToDocument(text);
      text = page.text;
      title ??= page.title;
      published ??= page.published;
      if (!text) warnings.push("html: no text content found");
    }
    return extract(text, {
      lang,
      referenceDate: options.referenceDate,
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
      error: { code: "internal", message: String((e as Error)?.message ?? e).split("\n")[0] },
    };
  }
}
