// An HTML page to the article it carries: main text (paragraphs separated by a
// blank line, so sentences and offsets stay natural), headline, publication date
// and the language the page declares. htmlparser2 (cheerio's parser) is loaded
// on the first page only, so text inputs never pay for it.
import type { Lang } from "../schema.js";
import { detectLanguage } from "../text/language.js";
import { parsePage } from "./html/tree.js";
import { mainText } from "./html/main-text.js";
import { pageMetadata } from "./html/metadata.js";

export interface HtmlDocument {
  text: string;
  title: string | null;
  published: string | null;
  /** the primary subtag of `<html lang>` as written (`en`, `nl`, `fr`…), or null */
  lang: string | null;
  /** the language of the text: `<html lang>` checked against franc (undefined: neither knows) */
  language: Lang | undefined;
  /** what was assumed or found wrong, for the record's `warnings` */
  warnings: string[];
}

export function htmlToDocument(html: string): HtmlDocument {
  const page = parsePage(html);
  const meta = pageMetadata(page);
  const text = mainText(page, { articleBody: meta.articleBody });
  const lang = page.lang ? page.lang.trim().slice(0, 2).toLowerCase() || null : null;
  const choice = checkDeclaredLanguage(lang, text);
  return { text, title: meta.title, published: meta.published, lang, language: choice.lang, warnings: choice.warning ? [choice.warning] : [] };
}

export interface LanguageChoice {
  lang: Lang | undefined;
  warning?: string;
}

/**
 * The page's declared language, checked against what franc reads in the text:
 * franc wins when it is sure and disagrees (templates often keep a default
 * `lang="en"`), the declaration decides when franc is unsure.
 */
export function checkDeclaredLanguage(declared: string | null, text: string): LanguageChoice {
  const detected = detectLanguage(text);
  const hint = declared === "en" || declared === "nl" ? declared : null;
  if (detected === "und") return hint ? { lang: hint } : { lang: undefined };
  if (hint && hint !== detected) return { lang: detected, warning: `html: page declares lang="${declared}" but the text reads as ${detected}` };
  return { lang: detected };
}
