// Plain text as the extractors see it. Offsets refer to this string, so every
// change here must keep the text a reader would copy from the document.

/** Drops a BOM, unifies line ends, and replaces characters that break offsets or JSON. */
export function toPlainText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, "\n");
  // C0 controls other than tab and newline carry no text; lone surrogates cannot be encoded as UTF-8
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, " ");
  text = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return text;
}
