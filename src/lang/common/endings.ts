// Whether a word ends in one of a lexicon's endings (`bouwgroep` in `groep`,
// `samenwerkingsovereenkomst` in `overeenkomst`). The start plans ask this of every
// distinct word of every text, so the endings are grouped by their last two
// characters: a word is compared only with the few endings that end as it does,
// instead of once with each of them.

/** The longest of `endings` the word ends in, after a stem of at least `minStem` characters; undefined when none. */
export type EndingTest = (word: string) => string | undefined;

const lastTwo = (s: string) => s.charCodeAt(s.length - 1) * 0x10000 + s.charCodeAt(s.length - 2);

export function endingTest(endings: Iterable<string>, minStem = 0): EndingTest {
  const byLastTwo = new Map<number, string[]>();
  // a one-character ending cannot be keyed by two
  const short: string[] = [];
  for (const e of new Set(endings)) {
    if (e.length === 1) short.push(e);
    else if (e.length > 1) {
      const list = byLastTwo.get(lastTwo(e));
      if (list) list.push(e);
      else byLastTwo.set(lastTwo(e), [e]);
    }
  }
  for (const list of byLastTwo.values()) list.sort((a, b) => b.length - a.length);
  return (word) => {
    const list = word.length > 1 ? byLastTwo.get(lastTwo(word)) : undefined;
    if (list) for (const e of list) if (word.length >= e.length + minStem && word.endsWith(e)) return e;
    for (const e of short) if (word.length >= 1 + minStem && word.endsWith(e)) return e;
    return undefined;
  };
}
