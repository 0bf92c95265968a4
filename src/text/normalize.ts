// Plain text as the extractors see it. Offsets refer to this string, so every
// change here must keep the text a reader would copy from the document.

/** Drops a BOM and invisible break marks, unifies line ends, and replaces characters that break offsets or JSON. */
export function toPlainText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, "\n");
  // the other line breaks of Unicode (next line, line and paragraph separators, form feed, vertical tab)
  // are line ends to a reader, and to the header and sentence rules only when they are newlines
  text = text.replace(/[\u0085\u2028\u2029\u000B\u000C]/g, "\n");
  // invisible marks that split a word where a page allows a break (soft hyphen, zero-width space,
  // word joiner, a BOM inside the text): `Kazakh\u00ADstan` reads, and is copied from a page, as `Kazakhstan`
  text = text.replace(/[\u00AD\u200B\u2060\uFEFF]/g, "");
  // C0 controls other than tab and newline carry no text
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, " ");
  return wellFormed(text);
}

/** Lone surrogates (a JSON escape `"\ud800"`, a cut pair) as U+FFFD: they cannot be encoded as UTF-8. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
