// English number and unit words: data only.
import type { FigureLexicon } from "../../common/figures.js";
import { CURRENCY_SYMBOLS } from "../../common/figures.js";

export const FIGURES: FigureLexicon = {
  lang: "en",
  decimal: ".",
  scales: { thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 },
  units: {
    euro: { unit: "EUR", quantity: "money" }, euros: { unit: "EUR", quantity: "money" }, EUR: { unit: "EUR", quantity: "money" }, "€": { unit: "EUR", quantity: "money" },
    dollar: { unit: "USD", quantity: "money" }, dollars: { unit: "USD", quantity: "money" }, USD: { unit: "USD", quantity: "money" },
    tenge: { unit: "KZT", quantity: "money" }, KZT: { unit: "KZT", quantity: "money" }, "₸": { unit: "KZT", quantity: "money" },
    pounds: { unit: "GBP", quantity: "money" }, GBP: { unit: "GBP", quantity: "money" }, rubles: { unit: "RUB", quantity: "money" }, roubles: { unit: "RUB", quantity: "money" },
    "%": { unit: "%", quantity: "percent" }, percent: { unit: "%", quantity: "percent" }, "per cent": { unit: "%", quantity: "percent" },
    tons: { unit: "t", quantity: "mass" }, tonnes: { unit: "t", quantity: "mass" }, ton: { unit: "t", quantity: "mass" }, tonne: { unit: "t", quantity: "mass" }, t: { unit: "t", quantity: "mass" },
    kg: { unit: "kg", quantity: "mass" }, kilograms: { unit: "kg", quantity: "mass" },
    km: { unit: "km", quantity: "length" }, kilometres: { unit: "km", quantity: "length" }, kilometers: { unit: "km", quantity: "length" },
    ha: { unit: "ha", quantity: "area" }, hectares: { unit: "ha", quantity: "area" }, "km²": { unit: "km2", quantity: "area" }, km2: { unit: "km2", quantity: "area" }, "square kilometres": { unit: "km2", quantity: "area" }, "square kilometers": { unit: "km2", quantity: "area" },
    MW: { unit: "MW", quantity: "power" }, GW: { unit: "GW", quantity: "power" }, MWh: { unit: "MWh", quantity: "energy" }, kWh: { unit: "kWh", quantity: "energy" }, GWh: { unit: "GWh", quantity: "energy" },
    "m³": { unit: "m3", quantity: "volume" }, "cubic metres": { unit: "m3", quantity: "volume" }, litres: { unit: "l", quantity: "volume" }, liters: { unit: "l", quantity: "volume" }, barrels: { unit: "bbl", quantity: "volume" },
    TEU: { unit: "TEU", quantity: "volume" },
    days: { unit: "day", quantity: "duration" }, years: { unit: "year", quantity: "duration" }, months: { unit: "month", quantity: "duration" }, weeks: { unit: "week", quantity: "duration" },
  },
  currencyBefore: CURRENCY_SYMBOLS,
  approx: {
    "more than": "more_than", over: "more_than", exceeds: "more_than", "upwards of": "more_than", "in excess of": "more_than",
    about: "about", around: "about", approximately: "about", nearly: "about", almost: "about", some: "about", roughly: "about",
    "up to": "up_to", "at least": "at_least", "less than": "less_than", "fewer than": "less_than", under: "less_than", "at most": "at_most",
  },
  notCounted: ["of", "and", "or", "the", "to", "in", "per", "from", "with", "for", "on", "at", "by", "is", "are", "was", "were", "has", "have", "percent"],
};
