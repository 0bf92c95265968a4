// What the writer needs of one processed document: the record as JSON (made
// where the document was processed, so a worker does the serializing) and, for
// a failed document, its error.
import type { OutputRecordT, SourceT } from "../schema.js";

export interface Outcome {
  json: string;
  failure?: { code: string; message: string; where: string };
}

export function outcomeOf(record: OutputRecordT): Outcome {
  const json = JSON.stringify(record);
  if (!("error" in record)) return { json };
  return { json, failure: { ...record.error, where: whereOf(record.source) } };
}

/** `dump.jsonl:12`, `site.tar.gz!news/a.html`, `stdin` */
export function whereOf(source: SourceT): string {
  let w = source.path ?? "stdin";
  if (source.entry !== undefined) w += `!${source.entry}`;
  if (source.line !== undefined) w += `:${source.line}`;
  else if (source.url !== undefined) w += ` ${source.url}`;
  return w;
}
