// Written numbers in both conventions (`1,500.5` / `1.500,5`, `3 800`), decided by
// the digits themselves first and by the language only where the digits cannot tell.

export function parseDigits(raw: string, decimal: "." | ","): number | null {
  const s = raw.replace(/[\s\u00A0\u202F']/g, "");
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  const dots = s.split(".").length - 1;
  const commas = s.split(",").length - 1;
  let normalized: string;
  if (dots && commas) {
    // both: the last one is the decimal separator
    const dec = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const thousands = dec === "." ? "," : ".";
    if (s.split(dec).length - 1 > 1) return null;
    if (!validGroups(s.slice(0, s.lastIndexOf(dec)), thousands)) return null;
    normalized = s.split(thousands).join("").replace(dec, ".");
  } else if (dots + commas === 0) {
    normalized = s;
  } else {
    const sep = dots ? "." : ",";
    const count = dots || commas;
    const groupsOk = validGroups(s, sep);
    if (count > 1) {
      if (!groupsOk) return null;
      normalized = s.split(sep).join("");
    } else if (groupsOk && sep !== decimal) {
      // `1,500` in English, `1.500` in Dutch: thousands
      normalized = s.replace(sep, "");
    } else {
      normalized = s.replace(sep, ".");
    }
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/** `1.500.000`: a first group of 1–3 digits, then groups of exactly three. */
function validGroups(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return parts[0].length >= 1 && parts[0].length <= 3 && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/** Rounds away binary noise from scaling (`1.1 * 1e6`). */
export function scaled(n: number, scale: number): number {
  return Number((n * scale).toPrecision(12));
}
