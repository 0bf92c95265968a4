// Dutch agreement rules: the shared shapes filled with the Dutch lexicon, each
// with examples and negatives of its own (tests/rules.test.ts runs them).
import type { Rule } from "../../rules.js";
import type { AgreementCandidate } from "../../entities/agreements.js";
import { agreementRules, partyPatterns } from "../common/agreements.js";
import { AGREEMENT_LEXICON } from "./lexicon/agreements.js";
import { lazy } from "../lazy.js";

const CORPUS: Record<string, Pick<Rule<AgreementCandidate>, "examples" | "negatives">> = {
  "nl.agreement.verb-noun": {
    examples: [
      { text: "De ministers ondertekenden een samenwerkingsakkoord over duurzame energie.", expect: { kind: "agreement", status: "signed", subject: "duurzame energie" } },
      { text: "Beide havens tekenden een intentieverklaring voor de bouw van een terminal.", expect: { kind: "intent", status: "signed" } },
      { text: "Beide havens zetten hun handtekening onder een intentieverklaring over groene waterstof.", expect: { kind: "intent", status: "signed", subject: "groene waterstof" } },
      { text: "De bedrijven sloten een leveringscontract met een Oezbeekse producent.", expect: { kind: "contract", status: "signed" } },
      { text: "De delegaties bereikten overeenstemming over de tarieven.", expect: { kind: "agreement", status: "reached", subject: "de tarieven" } },
      { text: "Dinsdag: Agri & Water Forum, met de ondertekening van een intentieverklaring tussen het ministerie en de universiteit.", expect: { kind: "intent", status: "signed" } },
      // een scheidbaar werkwoord: het partikel sluit de zin (`keurt … goed`)
      { text: "De gemeenteraad keurt het samenwerkingsakkoord met de stad Petropavl goed.", expect: { kind: "agreement", status: "agreed" } },
      // een overeenkomst aangaan, ook gescheiden (`gingen … aan`)
      { text: "In 2019 gingen de twee havens een samenwerkingsovereenkomst aan.", expect: { kind: "agreement", status: "signed" } },
    ],
    negatives: ["De burgemeester hoopt een akkoord te bereiken.", "Ze bespraken de mogelijkheid om een contract te sluiten.", "Er werd geen akkoord bereikt.", "De raad keurt het contract af.", "De raad keurt het akkoord van de buurgemeente niet goed.", "Nieuw samenwerkingsakkoord\nDe regering keurt de begroting goed."],
  },
  "nl.agreement.noun-verb": {
    examples: [
      { text: "Er werd een akkoord bereikt over de uitbreiding van de haven.", expect: { kind: "agreement", status: "reached", subject: "de uitbreiding van de haven" } },
      { text: "Gisteren werd een memorandum van overeenstemming ondertekend.", expect: { kind: "memorandum", status: "signed" } },
      { text: "De minister zal een overeenkomst over landbouw ondertekenen.", expect: { kind: "agreement", status: "planned", subject: "landbouw" } },
      { text: "De ambassadeur stelde voor om een gezamenlijke verklaring te ondertekenen.", expect: { kind: "declaration", status: "proposed" } },
      { text: "Het verdrag over wegvervoer tussen België en Oezbekistan, ondertekend in Tasjkent op 3 mei 2019, trad in werking.", expect: { kind: "agreement", status: "signed" } },
      { text: "Een leveringscontract met Norrland Kleppen NV, afgesloten vorig jaar, loopt tot 2030.", expect: { kind: "contract", status: "signed" } },
      { text: "Lommel en de Oezbeekse stad Namangan hebben een stedenband aangegaan.", expect: { kind: "agreement", status: "signed" } },
    ],
    negatives: ["Het ontwerp van overeenkomst, door niemand ondertekend, werd besproken.", "Beide steden willen een stedenband aangaan.", "De gemeente heeft al stedenbanden met Sibiu en Tartu.", "Oezbekistan wil een vrijhandelsakkoord sluiten.", "Een akkoord over de prijzen werd nog niet bereikt."],
  },
  "nl.agreement.kwamen-overeen": {
    examples: [
      { text: "De partijen kwamen overeen om de samenwerking te versterken.", expect: { status: "agreed", subject: "de samenwerking te versterken" } },
      { text: "Daarnaast kwamen beide ministers ook overeen dat er een werkgroep komt.", expect: { status: "agreed", subject: "er een werkgroep komt" } },
      { text: "De rederij kwam met het Havenbedrijf van de stad Aktau en de douane overeen om de kade te delen.", expect: { status: "agreed", subject: "de kade te delen" } },
    ],
    negatives: ["De cijfers komen overeen met die van vorig jaar.", "De partijen kwamen niet overeen.", "Als u verder surft, komt u overeen dat wij cookies plaatsen.", "De raming komt met de cijfers van het bureau van vorig jaar overeen."],
  },
  "nl.agreement.overeengekomen": {
    examples: [{ text: "Er werd overeengekomen om jaarlijks een forum te organiseren.", expect: { status: "agreed", subject: "jaarlijks een forum te organiseren" } }],
    negatives: ["Het overeengekomen bedrag werd betaald."],
  },
  "nl.agreement.spraken-af": {
    examples: [{ text: "Beide partijen spraken af om volgend jaar opnieuw samen te komen.", expect: { status: "agreed" } }],
    negatives: ["De ambassadeur sprak af met de burgemeester van Gent."],
  },
  "nl.agreement.afgesproken": {
    examples: [{ text: "Er werd afgesproken dat de handelsmissie in het najaar plaatsvindt.", expect: { status: "agreed", subject: "de handelsmissie in het najaar plaatsvindt" } }],
    negatives: ["Zoals afgesproken stuurde de ambassade de documenten door."],
  },
  "nl.agreement.listed-document": {
    examples: [
      { text: "De volgende documenten werden ondertekend:\n- Memorandum van overeenstemming tussen de haven van Bautino en Maasbrug Logistics over logistiek;\n- Overeenkomst over luchtvervoer.", expect: { kind: "memorandum", status: "signed", subject: "logistiek" } },
      { text: "De volgende documenten zullen worden ondertekend:\n- Protocol over douanesamenwerking", expect: { kind: "agreement", status: "planned" } },
      { text: "Na de gesprekken tekenden de delegaties vier documenten, waaronder:\n\n- een raamovereenkomst tussen Tobol Rail JSC en Schelde Wagons NV over rollend materieel;", expect: { kind: "agreement", status: "signed", subject: "rollend materieel" } },
    ],
    negatives: ["Programma:\n- Overeenkomst van de agenda\n- Lunch", "Besproken thema's:\n- Ontwerp van memorandum", "De delegaties bespraken drie thema's:\n\n- een mogelijke overeenkomst over wagons;"],
  },
};

export const agreements = lazy((): Rule<AgreementCandidate>[] => agreementRules(AGREEMENT_LEXICON).map((r) => ({ ...r, ...CORPUS[r.id] })));
/** The words around a cue that say who the parties are, as patterns (entities/agreements.ts). */
export const agreementParties = lazy(() => partyPatterns(AGREEMENT_LEXICON.parties));
