// What every extractor sees of one document: its plain text, language,
// sentences and the date relative expressions are anchored to.
import type { Lang } from "./schema.js";
import type { LanguagePack } from "./lang/types.js";
import type { RuleContext } from "./rules.js";
import { sentenceAt, type Sentence } from "./text/sentences.js";

export interface Doc {
  text: string;
  lang: Lang;
  pack: LanguagePack;
  sentences: Sentence[];
  /** publication date or --reference-date (YYYY-MM-DD), or null */
  anchor: string | null;
  published: string | null;
  explain: boolean;
}

/** UTF-16 span of an item before offsets are converted to code points. */
export interface RawSpan {
  text: string;
  start: number;
  end: number;
  sentence: number;
  rule?: string;
}

export function ruleContext(doc: Doc): RuleContext {
  return { lang: doc.lang, text: doc.text, anchor: doc.anchor };
}

export function spanOf(doc: Doc, start: number, end: number, rule?: string): RawSpan {
  const span: RawSpan = { text: doc.text.slice(start, end), start, end, sentence: sentenceAt(doc.sentences, start) };
  if (doc.explain && rule) span.rule = rule;
  return span;
}
