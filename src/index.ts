// Public API: extract() and the record types, for use from other programs.
export { extract, documentId, type ExtractOptions } from "./pipeline.js";
export * from "./schema.js";
