import type { Rule } from "../../rules.js";
import type { AgreementCandidate } from "../../entities/agreements.js";
import { agreementRule } from "../common/agreements.js";
import { AGREEMENT_CUES } from "./lexicon/agreements.js";

export const agreements: Rule<AgreementCandidate>[] = [agreementRule("en", AGREEMENT_CUES)];
