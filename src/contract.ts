// The contract's constants without zod, so the text path of the CLI starts fast
// (zod loads only for `kzbe schema` and validation). schema.ts re-exports them.
export const SCHEMA_VERSION = "kzbe.record/1" as const;

export const ENTITY_TYPES = ["dates", "people", "organisations", "places", "figures", "agreements", "events"] as const;

/**
 * Years a publication or reference date can anchor relative dates from: the rules write a year as
 * four digits, so `three years ago` from 0003 or `next year` from 9999 made values that are no ISO
 * date (`00-2`, `10000`), and a CMS's empty date (`0001-01-01`, .NET's DateTime.MinValue) is no day
 * an article was published.
 */
export const ANCHOR_YEARS = { from: 1000, to: 9899 } as const;

export function anchorsDates(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= ANCHOR_YEARS.from && year <= ANCHOR_YEARS.to;
}
