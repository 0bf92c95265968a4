// CSV: one row per extracted item, the contract's columns in the contract's order,
// written with csv-stringify (RFC 4180 quoting).
import { stringify } from "csv-stringify/sync";
import type { OutputRecordT } from "../schema.js";

export const CSV_COLUMNS = ["doc_id", "source", "language", "type", "text", "value", "unit", "detail", "sentence", "start", "end"] as const;

type Row = (string | number | null)[];

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+31 …`, from a
 * page's text or a file's name) is written with a `'` before it, as OWASP advises; numbers
 * (`-5`) and standard input's `-` stay as they are. A cell that already starts with `'`s
 * before such a character gets one more, so every value comes back exactly by taking one
 * `'` off each cell that matches /^'+[=+\-@\t\r]/ (README, "CSV and spreadsheets").
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const HARMLESS = /^(-?\d+(\.\d+)?(e[-+]?\d+)?|-(:\d+)?)$/i;

export function guardFormula<T>(cell: T): T | string {
  return typeof cell === "string" && FORMULA.test(cell) && !HARMLESS.test(cell) ? `'${cell}` : cell;
}

const stringifyRows = (rows: Row[]) => stringify(rows.map((row) => row.map(guardFormula)));

export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

export function csvRows(r: OutputRecordT): string {
  // path, and line for JSONL input, so a row leads back to its document
  const src = (r.source.path ?? "-") + (r.source.line ? `:${r.source.line}` : "");
  if ("error" in r) return stringifyRows([[null, src, null, "error", null, r.error.code, null, r.error.message, null, null, null]]);
  const rows: Row[] = [];
  const first = (m: { text: string; sentence: number; start: number; end: number }[]) => m[0];
  const row = (type: string, span: { text: string; sentence: number; start: number; end: number }, value: unknown, unit: string | null, detail: string | null): Row => [
    r.id,
    src,
    r.language,
    type,
    span.text,
    value === null || value === undefined ? null : String(value),
    unit,
    detail,
    span.sentence,
    span.start,
    span.end,
  ];
  for (const d of r.dates) rows.push(row("date", d, d.value === null ? null : d.until ? `${d.value}/${d.until}` : d.value, null, d.grain));
  for (const p of r.people) rows.push(row("person", first(p.mentions), p.name, null, p.roles.join("; ")));
  for (const o of r.organisations) rows.push(row("organisation", first(o.mentions), o.name, null, o.kind));
  for (const p of r.places) rows.push(row("place", first(p.mentions), p.name, null, p.country));
  for (const f of r.figures) rows.push(row("figure", f, f.value, f.unit, f.subject));
  for (const a of r.agreements) rows.push(row("agreement", a, a.status, null, a.subject));
  for (const e of r.events ?? []) rows.push(row("event", e, e.kind, null, e.participants.join("; ")));
  return rows.length ? stringifyRows(rows) : "";
}
