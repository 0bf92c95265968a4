// Dutch agreement cues with the kind and status they give: data only.
import type { AgreementCue } from "../../common/agreements.js";

export const AGREEMENT_CUES: Record<string, AgreementCue> = {
  "akkoord bereikt": { kind: "agreement", status: "reached" },
  "een akkoord bereikt": { kind: "agreement", status: "reached" },
  "kwamen overeen": { kind: "agreement", status: "agreed" },
  "kwamen ook overeen": { kind: "agreement", status: "agreed" },
  "spraken af": { kind: "agreement", status: "agreed" },
  "werd afgesproken": { kind: "agreement", status: "agreed" },
  "werd overeengekomen": { kind: "agreement", status: "agreed" },
  "overeenkomst ondertekend": { kind: "agreement", status: "signed" },
  "ondertekenden een overeenkomst": { kind: "agreement", status: "signed" },
  "ondertekenden een samenwerkingsakkoord": { kind: "agreement", status: "signed" },
  "samenwerkingsakkoord ondertekend": { kind: "agreement", status: "signed" },
  "intentieverklaring ondertekend": { kind: "intent", status: "signed" },
  "ondertekenden een intentieverklaring": { kind: "intent", status: "signed" },
  "memorandum van overeenstemming": { kind: "memorandum", status: "signed" },
  "zal ondertekenen": { kind: "agreement", status: "planned" },
  "zullen ondertekenen": { kind: "agreement", status: "planned" },
  "contract gesloten": { kind: "contract", status: "signed" },
};
