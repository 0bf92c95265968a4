// The contract's constants without zod, so the text path of the CLI starts fast
// (zod loads only for `kzbe schema` and validation). schema.ts re-exports them.
export const SCHEMA_VERSION = "kzbe.record/1" as const;

export const ENTITY_TYPES = ["dates", "people", "organisations", "places", "figures", "agreements", "events"] as const;
