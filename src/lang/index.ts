// Adding a language is one folder under src/lang/ plus one line here.
import type { Lang } from "../schema.js";
import type { LanguagePack } from "./types.js";
import { en } from "./en/index.js";
import { nl } from "./nl/index.js";
import { usePrebuiltPlans } from "../rule-starts.js";
import { savedStartPlans } from "./common/data.js";

// the rules' start plans, read from their patterns by the build, where it wrote them
usePrebuiltPlans(savedStartPlans);

export const LANGUAGE_PACKS: Record<Lang, LanguagePack> = { en, nl };
