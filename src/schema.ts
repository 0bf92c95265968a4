// The record contract (../shared/spec/records.md, version 1) as zod schemas.
// This file is the single source of truth in code: the record types are inferred
// from it and `kzbe schema` prints the JSON Schema generated from it.
import { z } from "zod";

import { SCHEMA_VERSION, ENTITY_TYPES } from "./contract.js";
export { SCHEMA_VERSION, ENTITY_TYPES };

export const LANGUAGES = ["en", "nl"] as const;
export const Language = z.enum(["en", "nl", "und"]);

const ISO_VALUE =
  /^((\d{4}|XXXX)(-\d{2}(-\d{2})?)?|\d{4}-Q[1-4]|\d{4}-(SP|SU|FA|WI)|\d{3}X|PAST_REF|PRESENT_REF|FUTURE_REF)$/;
export const IsoValue = z.string().regex(ISO_VALUE);
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Offsets in Unicode code points into the document's plain text, end exclusive. */
export const Span = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  sentence: z.number().int().nonnegative(),
  /** With --explain: the id of the rule that produced the item. */
  rule: z.string().optional(),
});
export const Mention = Span;

export const DateGrain = z.enum(["day", "month", "year", "quarter", "season", "decade"]);
export const DateMod = z.enum(["start", "mid", "end", "approx", "before", "after"]);
export const DateItem = Span.extend({
  value: IsoValue.nullable(),
  until: IsoValue.nullable(),
  grain: DateGrain.nullable(),
  mod: DateMod.nullable(),
  inferred: z.boolean(),
});

export const Person = z.object({
  name: z.string().min(1),
  roles: z.array(z.string()),
  organisation: z.string().nullable(),
  mentions: z.array(Mention).min(1),
});

export const OrganisationKind = z.enum([
  "company",
  "government",
  "diplomatic",
  "chamber",
  "port",
  "media",
  "party",
  "education",
  "other",
]);
export const Organisation = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: OrganisationKind,
  mentions: z.array(Mention).min(1),
});

export const PlaceKind = z.enum(["country", "region", "city", "port", "other"]);
export const Place = z.object({
  name: z.string().min(1),
  kind: PlaceKind,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  mentions: z.array(Mention).min(1),
});

export const Quantity = z.enum([
  "money",
  "percent",
  "mass",
  "count",
  "length",
  "area",
  "energy",
  "power",
  "volume",
  "duration",
  "other",
]);
export const Approx = z.enum(["more_than", "less_than", "about", "at_least", "at_most", "up_to"]);
export const Figure = Span.extend({
  value: z.number().finite(),
  unit: z.string().nullable(),
  quantity: Quantity,
  approx: Approx.nullable(),
  counted: z.string().nullable(),
  subject: z.string().nullable(),
});

export const AgreementKind = z.enum(["agreement", "memorandum", "contract", "declaration", "intent"]);
export const AgreementStatus = z.enum(["reached", "signed", "agreed", "planned", "proposed"]);
export const Agreement = Span.extend({
  kind: AgreementKind,
  status: AgreementStatus,
  subject: z.string().nullable(),
  parties: z.array(z.string()),
  date: IsoValue.nullable(),
  /** With --explain: the cue text that fired the rule. */
  cue: z.string().optional(),
});

/** Beyond the contract (an added field): a visit or meeting the text states, with who and where. */
export const EventKind = z.enum(["visit", "meeting"]);
export const Event = Span.extend({
  kind: EventKind,
  /** names as in `people` and `organisations` */
  participants: z.array(z.string()),
  /** a name as in `places`, or null */
  place: z.string().nullable(),
  /** ISO date of the event where known (the publication date when the text implies it) */
  date: IsoValue.nullable(),
  /** With --explain: the cue text that fired the rule. */
  cue: z.string().optional(),
});

export const Source = z
  .object({
    path: z.string().nullable(),
    format: z.string(),
    line: z.number().int().positive().optional(),
    entry: z.string().optional(),
    id: z.string().optional(),
    url: z.string().optional(),
  })
  .loose();

export const DocumentRecord = z.object({
  schema: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[0-9a-f]{16}$/),
  source: Source,
  language: Language,
  title: z.string().nullable(),
  published: IsoDay.nullable(),
  dates: z.array(DateItem),
  people: z.array(Person),
  organisations: z.array(Organisation),
  places: z.array(Place),
  figures: z.array(Figure),
  agreements: z.array(Agreement),
  /** Beyond the contract: visits and meetings. */
  events: z.array(Event),
  warnings: z.array(z.string()),
  /** With --include-text: the plain text the offsets refer to. */
  text: z.string().optional(),
});

export const ErrorCode = z.enum(["unreadable", "decode", "parse", "too_large", "timeout", "internal"]);
export const ErrorRecord = z.object({
  schema: z.literal(SCHEMA_VERSION),
  id: z.null(),
  source: Source,
  error: z.object({ code: ErrorCode, message: z.string() }),
});

export const OutputRecord = z.union([DocumentRecord, ErrorRecord]);

export type Lang = (typeof LANGUAGES)[number];
export type SpanT = z.infer<typeof Span>;
export type DateT = z.infer<typeof DateItem>;
export type PersonT = z.infer<typeof Person>;
export type OrganisationT = z.infer<typeof Organisation>;
export type PlaceT = z.infer<typeof Place>;
export type FigureT = z.infer<typeof Figure>;
export type AgreementT = z.infer<typeof Agreement>;
export type EventT = z.infer<typeof Event>;
export type SourceT = z.infer<typeof Source>;
export type DocumentRecordT = z.infer<typeof DocumentRecord>;
export type ErrorRecordT = z.infer<typeof ErrorRecord>;
export type OutputRecordT = z.infer<typeof OutputRecord>;
export type ErrorCodeT = z.infer<typeof ErrorCode>;

export type EntityType = (typeof ENTITY_TYPES)[number];

export function recordJsonSchema(): unknown {
  return z.toJSONSchema(OutputRecord, { io: "output" });
}
