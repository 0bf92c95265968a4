// Offsets in the contract are Unicode code points; JavaScript strings index UTF-16
// units. Rules run on the string, and spans are converted once, at the end.

const SURROGATE = /[\uD800-\uDFFF]/;

export interface CodePointMap {
  /** Code point offset of a UTF-16 offset. */
  toCodePoint(utf16: number): number;
}

const IDENTITY: CodePointMap = { toCodePoint: (i) => i };

export function codePointMap(text: string): CodePointMap {
  if (!SURROGATE.test(text)) return IDENTITY;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    // the low half of a pair shares the code point of its high half
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[++i] = cp;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return { toCodePoint: (i) => table[Math.max(0, Math.min(i, text.length))] };
}

/** Slice by code points, as users of the contract do (`[...text].slice(a, b)`). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}
