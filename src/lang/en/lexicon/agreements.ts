// English agreement cues with the kind and status they give: data only.
import type { AgreementCue } from "../../common/agreements.js";

export const AGREEMENT_CUES: Record<string, AgreementCue> = {
  "agreement was reached": { kind: "agreement", status: "reached" },
  "agreement was also reached": { kind: "agreement", status: "reached" },
  "agreements were reached": { kind: "agreement", status: "reached" },
  "agreements were also reached": { kind: "agreement", status: "reached" },
  "reached an agreement": { kind: "agreement", status: "reached" },
  "agreed to": { kind: "agreement", status: "agreed" },
  "agreed on": { kind: "agreement", status: "agreed" },
  "agreed that": { kind: "agreement", status: "agreed" },
  "signed an agreement": { kind: "agreement", status: "signed" },
  "signed a memorandum": { kind: "memorandum", status: "signed" },
  "signed a memorandum of understanding": { kind: "memorandum", status: "signed" },
  "memorandum of understanding was signed": { kind: "memorandum", status: "signed" },
  "signed a contract": { kind: "contract", status: "signed" },
  "concluded a contract": { kind: "contract", status: "signed" },
  "signed a joint declaration": { kind: "declaration", status: "signed" },
  "joint declaration was signed": { kind: "declaration", status: "signed" },
  "signed a letter of intent": { kind: "intent", status: "signed" },
  "will sign": { kind: "agreement", status: "planned" },
  "roadmap was signed": { kind: "agreement", status: "signed" },
};
