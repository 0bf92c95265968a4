// English agreement rules: the shared shapes filled with the English lexicon, each
// with examples and negatives of its own (tests/rules.test.ts runs them).
import type { Rule } from "../../rules.js";
import type { AgreementCandidate } from "../../entities/agreements.js";
import { agreementRules, partyPatterns } from "../common/agreements.js";
import { AGREEMENT_LEXICON } from "./lexicon/agreements.js";
import { lazy } from "../lazy.js";

const CORPUS: Record<string, Pick<Rule<AgreementCandidate>, "examples" | "negatives">> = {
  "en.agreement.verb-noun": {
    examples: [
      { text: "The ministers signed a memorandum of understanding on cooperation in agriculture.", expect: { kind: "memorandum", status: "signed", subject: "cooperation in agriculture" } },
      { text: "The two companies concluded a contract for the supply of grain.", expect: { kind: "contract", status: "signed", subject: "the supply of grain" } },
      { text: "The two ports put their signatures to a letter of intent on green hydrogen.", expect: { kind: "intent", status: "signed", subject: "green hydrogen" } },
      { text: "The sides will sign a roadmap next month.", expect: { kind: "agreement", status: "planned" } },
      { text: "The Ambassador proposed signing a joint declaration on green energy.", expect: { kind: "declaration", status: "proposed" } },
      { text: "The port authorities signed a letter of intent with the terminal operator.", expect: { kind: "intent", status: "signed" } },
      { text: "The city council approved the twinning agreement with the city of Petropavl.", expect: { kind: "agreement", status: "agreed" } },
      { text: "Lommel and the Kazakh city of Ekibastuz have entered into a twinning.", expect: { kind: "agreement", status: "signed" } },
    ],
    negatives: [
      "The mayors expressed interest in signing an agreement with Kazakh regions.",
      "The parties discussed the possibility of concluding a contract.",
      "They hope to reach an agreement by the end of the year.",
      "The sides failed to reach an agreement.",
      "Both cities want to enter into a twinning.",
    ],
  },
  "en.agreement.noun-verb": {
    examples: [
      { text: "An agreement was reached to develop interregional cooperation.", expect: { kind: "agreement", status: "reached", subject: "develop interregional cooperation" } },
      { text: "A memorandum of understanding on logistics was signed by the two ports.", expect: { kind: "memorandum", status: "signed", subject: "logistics" } },
      { text: "Agreements were also reached on joint projects in tourism.", expect: { status: "reached", subject: "joint projects in tourism" } },
      { text: "A joint declaration will be signed during the visit.", expect: { kind: "declaration", status: "planned" } },
      { text: "The treaty on road transport between Belgium and Kazakhstan, signed in Astana on 3 May 2019, entered into force.", expect: { kind: "agreement", status: "signed" } },
      { text: "A supply contract with Norrland Valves AB, concluded last year, runs until 2030.", expect: { kind: "contract", status: "signed" } },
    ],
    negatives: [
      "Under the agreement, signed exports reached 2 million tons.",
      "The draft agreement, signed by no one yet, was discussed.",
      "Under the agreement, exports reached 2 million tons.",
      "No agreement was reached on the price.",
      "The Minister hopes an agreement will be reached soon.",
    ],
  },
  "en.agreement.agreed": {
    examples: [
      { text: "The parties agreed to continue dialogue on transport projects.", expect: { status: "agreed", subject: "continue dialogue on transport projects" } },
      { text: "Both sides agreed on a plan of joint exhibitions.", expect: { status: "agreed" } },
      { text: "It was agreed that the working group will meet in May.", expect: { status: "agreed", subject: "the working group will meet in May" } },
      { text: "The shipping line agreed with the Port Authority of the city of Aktau and customs to share the quay.", expect: { status: "agreed", subject: "share the quay" } },
    ],
    negatives: ["The parties discussed prospects for cooperation.", "The Minister could not agree to the terms.", "The agreed schedule was published.", "The board agreed with the findings of the audit committee of last year on the whole.", "By clicking \"Accept all\", you agree to the storing of cookies on your device."],
  },
  "en.agreement.listed-document": {
    examples: [
      { text: "The following documents were signed:\n- Memorandum of Understanding between the Port of Bautino and Maasbrug Logistics on logistics;\n- Agreement between the two governments on air services.", expect: { kind: "memorandum", status: "signed", subject: "logistics" } },
      { text: "The following documents will be signed during the visit:\n1. Protocol on customs cooperation", expect: { kind: "agreement", status: "planned" } },
      { text: "4. In the presence of the ministers, the following were signed:\n- Agreement on air services;\n- Protocol on customs cooperation.", expect: { kind: "agreement", status: "signed", subject: "customs cooperation" } },
      { text: "After the talks the delegations signed four documents, including:\n\n- a framework agreement between Tobol Rail JSC and Scheldt Wagons NV on rolling stock;", expect: { kind: "agreement", status: "signed", subject: "rolling stock" } },
    ],
    negatives: ["The programme:\n- Agreement of the agenda\n- Lunch", "Topics discussed:\n- Memorandum drafts for the next meeting", "The delegations discussed three topics:\n\n- a possible agreement on wagons;"],
  },
};

export const agreements = lazy((): Rule<AgreementCandidate>[] => agreementRules(AGREEMENT_LEXICON).map((r) => ({ ...r, ...CORPUS[r.id] })));
/** The words around a cue that say who the parties are, as patterns (entities/agreements.ts). */
export const agreementParties = lazy(() => partyPatterns(AGREEMENT_LEXICON.parties));
