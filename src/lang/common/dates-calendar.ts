// Calendar arithmetic for date rules: days as UTC day numbers, weeks from Monday,
// and the ISO forms of the contract at each grain. No language here.
import type { DateValue } from "../../entities/dates.js";

export type Grain = NonNullable<DateValue["grain"]>;
export type Unit = "day" | "week" | "month" | "year";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const pad = (n: number) => String(n).padStart(2, "0");

export function dateValue(value: string | null, grain: DateValue["grain"], extra: Partial<DateValue> = {}): DateValue {
  return { value, until: null, grain, mod: null, inferred: false, ...extra };
}

export function parseAnchor(anchor: string | null): Ymd | null {
  const m = anchor ? /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

const DAY_MS = 86_400_000;
export const dayNumber = (t: Ymd) => Math.round(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
export const addDays = (t: Ymd, n: number) => fromDayNumber(dayNumber(t) + n);
/** 1 = Monday … 7 = Sunday */
export const weekday = (t: Ymd) => ((((dayNumber(t) + 3) % 7) + 7) % 7) + 1;
export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addMonths(t: Ymd, n: number): Ymd {
  const total = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

export function addUnits(t: Ymd, unit: Unit, n: number): Ymd {
  if (unit === "day") return addDays(t, n);
  if (unit === "week") return addDays(t, 7 * n);
  return addMonths(t, unit === "year" ? 12 * n : n);
}

export function formatAt(t: Ymd, grain: "day" | "month" | "year"): string {
  const y = String(t.y).padStart(4, "0");
  if (grain === "year") return y;
  if (grain === "month") return `${y}-${pad(t.m)}`;
  return `${y}-${pad(t.m)}-${pad(t.d)}`;
}

/** The day of the given weekday in the week (Monday first) `weeks` away from t's week. */
export function weekdayInWeek(t: Ymd, wd: number, weeks: number): Ymd {
  return addDays(t, 7 * weeks + wd - weekday(t));
}

/** The first `wd` strictly after t (`direction` 1) or strictly before it (-1). */
export function nearestWeekday(t: Ymd, wd: number, direction: 1 | -1): Ymd {
  let diff = (wd - weekday(t)) * direction;
  diff = ((diff % 7) + 7) % 7 || 7;
  return addDays(t, diff * direction);
}

/** `first tuesday of october` (n = 1), `last monday of march` (n = -1). */
export function nthWeekdayOfMonth(y: number, m: number, wd: number, n: number): Ymd | null {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const d = 1 + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
    return d <= daysInMonth(y, m) ? { y, m, d } : null;
  }
  const last = { y, m, d: daysInMonth(y, m) };
  const d = last.d - ((weekday(last) - wd + 7) % 7) + 7 * (n + 1);
  return d >= 1 ? { y, m, d } : null;
}

/** Two-digit years: within twenty years ahead of the anchor (or 2000s when none), else last century. */
export function fullYear(raw: string, anchor: Ymd | null): number {
  if (raw.length !== 2) return +raw;
  const n = +raw;
  const pivot = ((anchor?.y ?? 2000) % 100) + 20;
  return n <= pivot ? 2000 + n : 1900 + n;
}

export const plausibleYear = (y: number) => y >= 1000 && y <= 2199;

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
