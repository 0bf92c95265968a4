// Comparison keys for clustering mentions: case, accents, punctuation and spacing folded.
// The same names are folded many times over a document (every role against every
// organisation), so keys are kept; the cache is emptied when it grows large.
const folded = new Map<string, string>();
const FOLD_CACHE = 20_000;

export function foldKey(s: string): string {
  let key = folded.get(s);
  if (key === undefined) {
    key = s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (folded.size >= FOLD_CACHE) folded.clear();
    folded.set(s, key);
  }
  return key;
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
