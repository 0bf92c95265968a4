// Adding a language is one folder under src/lang/ plus one line here.
import type { Lang } from "../schema.js";
import type { LanguagePack } from "./types.js";
import { en } from "./en/index.js";
import { nl } from "./nl/index.js";
import { usePrebuiltPlans } from "../rule-starts.js";
import { savedDerivedSource, savedStartPlans } from "./common/data.js";
import { useDerivedSources } from "../text/derived.js";

// the rules' start plans, read from their patterns by the build, and the sources derived on the way, where it wrote them
usePrebuiltPlans(savedStartPlans);
useDerivedSources(savedDerivedSource);

export const LANGUAGE_PACKS: Record<Lang, LanguagePack> = { en, nl };
