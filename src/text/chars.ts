// Unicode classes of single UTF-16 code units, computed once per code unit and kept:
// the start index of every rule and the language sample ask about every character.
// Letters, cases and numbers are those the compiled rules use (classes.ts).
import { CLASSES } from "./classes.js";

const LETTER = new RegExp(`[${CLASSES.L}]`);
const UPPER = new RegExp(`[${CLASSES.Lu}]`);
const LOWER = new RegExp(`[${CLASSES.Ll}]`);
const NUMBER = new RegExp(`[${CLASSES.N}]`);

const classCache = new Int8Array(0x10000).fill(-1);

/** Bits of a code unit's classes: 1 letter, 2 upper case, 4 lower case, 8 number, 16 space (a surrogate half has none). */
export function charClass(c: number): number {
  let k = classCache[c];
  if (k >= 0) return k;
  const ch = String.fromCharCode(c);
  k =
    (LETTER.test(ch) ? 1 : 0) | (UPPER.test(ch) ? 2 : 0) | (LOWER.test(ch) ? 4 : 0) |
    (NUMBER.test(ch) ? 8 : 0) | (/\s/.test(ch) ? 16 : 0);
  classCache[c] = k;
  return k;
}

/** A code unit that is a letter by itself (ASCII at once, the rest from charClass). */
export const isLetter = (c: number) => (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : (charClass(c) & 1) !== 0);
