// The shape of names, shared by every language: capitalised words with particles
// (`Van Cauter`, `van der`), hyphens (`Beeusaert-Pattyn`) and initials (`M. Baimukhan`).

const CAP = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:['’]\\p{Lu}?[\\p{Ll}]+)?";
const HYPHENATED = `${CAP}(?:-${CAP})?`;
const PARTICLE = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]en|[Tt]er|[Vv]an\\s+de[nr]?|[Vv]ande[nr]?|[Ll]e|[Ll]a|[Dd]i|[Dd]u|von)";

/** A personal name: optional initial, given name(s), particles, surname. */
export const PERSON_NAME = `(?:\\p{Lu}\\.\\s?)?${HYPHENATED}(?:\\s+(?:${PARTICLE}\\s+)*${HYPHENATED}){0,2}`;

/** Words that start with a capital in running text without being names. */
export const NOT_NAME_WORDS = new Set([
  "The", "This", "That", "These", "In", "On", "At", "During", "Following", "According", "With", "And", "But", "Also", "After",
  "De", "Het", "Een", "Dit", "Deze", "Die", "Op", "Met", "Bij", "Tijdens", "Volgens", "En", "Ook", "Na",
]);
