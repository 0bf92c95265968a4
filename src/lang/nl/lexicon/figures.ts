// Dutch number and unit words: data only.
import type { FigureLexicon } from "../../common/figures.js";
import { CURRENCY_SYMBOLS } from "../../common/figures.js";

export const FIGURES: FigureLexicon = {
  lang: "nl",
  decimal: ",",
  scales: { duizend: 1e3, k: 1e3, miljoen: 1e6, mln: 1e6, mio: 1e6, miljard: 1e9, mld: 1e9, mrd: 1e9, biljoen: 1e12 },
  units: {
    euro: { unit: "EUR", quantity: "money" }, euros: { unit: "EUR", quantity: "money" }, EUR: { unit: "EUR", quantity: "money" }, "€": { unit: "EUR", quantity: "money" },
    dollar: { unit: "USD", quantity: "money" }, dollars: { unit: "USD", quantity: "money" }, USD: { unit: "USD", quantity: "money" },
    tenge: { unit: "KZT", quantity: "money" }, KZT: { unit: "KZT", quantity: "money" }, roebel: { unit: "RUB", quantity: "money" }, pond: { unit: "GBP", quantity: "money" },
    "%": { unit: "%", quantity: "percent" }, procent: { unit: "%", quantity: "percent" }, percent: { unit: "%", quantity: "percent" },
    ton: { unit: "t", quantity: "mass" }, t: { unit: "t", quantity: "mass" }, kg: { unit: "kg", quantity: "mass" }, kilo: { unit: "kg", quantity: "mass" }, kilogram: { unit: "kg", quantity: "mass" },
    km: { unit: "km", quantity: "length" }, kilometer: { unit: "km", quantity: "length" },
    ha: { unit: "ha", quantity: "area" }, hectare: { unit: "ha", quantity: "area" }, "km²": { unit: "km2", quantity: "area" }, km2: { unit: "km2", quantity: "area" }, "vierkante kilometer": { unit: "km2", quantity: "area" },
    MW: { unit: "MW", quantity: "power" }, GW: { unit: "GW", quantity: "power" }, MWh: { unit: "MWh", quantity: "energy" }, kWh: { unit: "kWh", quantity: "energy" },
    "m³": { unit: "m3", quantity: "volume" }, liter: { unit: "l", quantity: "volume" }, vaten: { unit: "bbl", quantity: "volume" }, TEU: { unit: "TEU", quantity: "volume" },
    dagen: { unit: "day", quantity: "duration" }, jaar: { unit: "year", quantity: "duration" }, maanden: { unit: "month", quantity: "duration" }, weken: { unit: "week", quantity: "duration" },
  },
  currencyBefore: CURRENCY_SYMBOLS,
  approx: {
    "meer dan": "more_than", ruim: "more_than", boven: "more_than", "bijna": "about", ongeveer: "about", circa: "about", ca: "about", "zo'n": "about", rond: "about",
    "tot": "up_to", maximaal: "up_to", "minder dan": "less_than", minstens: "at_least", "ten minste": "at_least", minimaal: "at_least",
  },
  notCounted: ["van", "en", "of", "de", "het", "een", "in", "per", "uit", "met", "voor", "op", "aan", "is", "zijn", "was", "waren", "heeft", "hebben", "procent", "tussen"],
};
