// Language: franc restricted to English and Dutch, on a sample of the text
// (franc's cost grows with length; a few kilobytes decide as well as the whole).
import { franc } from "franc-min";
import type { Lang } from "../schema.js";

const SAMPLE = 1500;
const MIN_LETTERS = 24;

export function detectLanguage(text: string): Lang | "und" {
  // the middle of a document is its body, not the menu or the footer around it
  const from = Math.max(0, Math.floor((text.length - SAMPLE) / 2));
  const sample = text.length > SAMPLE ? text.slice(from, from + SAMPLE) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return "und";
  const code = franc(sample, { only: ["eng", "nld"], minLength: MIN_LETTERS });
  return code === "eng" ? "en" : code === "nld" ? "nl" : "und";
}
