// Figure rules of this language: the shared builders filled with its words.
import type { Rule } from "../../rules.js";
import type { FigureValue } from "../../entities/figures.js";
import { figureRule, figureRangeRule } from "../common/figures.js";
import { FIGURES } from "./lexicon/figures.js";

export const figures: Rule<FigureValue>[] = [figureRule(FIGURES), figureRangeRule(FIGURES)];
