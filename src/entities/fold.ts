// Comparison keys for clustering mentions: case, accents, punctuation and spacing folded.
export function foldKey(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** `WEST FLANDERS` is a shouting form, never the name to keep when another form exists. */
export function isAllCaps(s: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** The fullest form: most words, then mixed case over all caps, then longest. */
export function fullestForm(forms: readonly string[]): string {
  return [...forms].sort(
    (a, b) =>
      b.split(/\s+/).length - a.split(/\s+/).length ||
      Number(isAllCaps(a)) - Number(isAllCaps(b)) ||
      b.length - a.length,
  )[0];
}
