// English institution heads with the kind they give, and the words around organisation names: data only.
import type { OrganisationLexicon } from "../../common/organisations.js";
import { MONTHS } from "./time.js";
import { ORGANISATION_EXAMPLES, ORGANISATION_NEGATIVES } from "./organisations-examples.js";

export const ORGANISATIONS: OrganisationLexicon = {
  lang: "en",
  heads: {
    Ministry: "government", Government: "government", Parliament: "government", Senate: "government", Mazhilis: "government", Agency: "government",
    Commission: "government", Council: "government", Bureau: "government", Akimat: "government", Department: "government", Administration: "government", Authority: "government",
    Office: "government", Committee: "government", Municipality: "government", "Federal Public Service": "government", Presidency: "government", Cabinet: "government",
    Embassy: "diplomatic", "Honorary Consulate": "diplomatic", Consulate: "diplomatic", "Consulate General": "diplomatic", "Consulate-General": "diplomatic",
    Mission: "diplomatic", "Permanent Mission": "diplomatic", Delegation: "diplomatic",
    "Chamber of Commerce": "chamber", "Chamber of Commerce and Industry": "chamber", Chamber: "chamber",
    Port: "port", "Port Authority": "port", Seaport: "port", Terminal: "port",
    University: "education", College: "education", Institute: "education", School: "education", Academy: "education", Polytechnic: "education",
    // secondary schools by their class, as English names those of the Netherlands and Belgium (`the Erasmus Lyceum`, `Leiden Gymnasium`)
    Lyceum: "education", Gymnasium: "education",
    // music schools and orchestras by their head word (`the Royal Conservatory of Liège`, `the Aral Philharmonic Orchestra`)
    Conservatory: "education", Conservatoire: "education", Orchestra: "other", Philharmonic: "other",
    Party: "party",
    "News Agency": "media", "Press Agency": "media", Television: "media", Radio: "media", Broadcasting: "media", Newspaper: "media",
    // newspapers by their masthead's head word (`The Steppe Times`, `Financial Tribune`)
    Times: "media", Tribune: "media", Gazette: "media", Herald: "media", Journal: "media",
    Bank: "company", Group: "company", Company: "company", Corporation: "company", Holding: "company", Holdings: "company", Fund: "company",
    Industries: "company", Airlines: "company", Airways: "company", Railways: "company", Enterprise: "company", Enterprises: "company",
    // a firm of the professions by its plural (`Baker Lawyers`)
    Lawyers: "company", Accountants: "company", Architects: "company",
    // a firm by the trade its name ends in (`Delta Hydro Consult`, `Steppe Grain Trading`), as a modifier head: last in the
    // name, unless another head gives the kind (`Caspian Trading Council`); not a field of study (`Mechanical Engineering`, `Logistics`)
    Consult: "company", Consulting: "company", Consultancy: "company", Trading: "company", Solutions: "company", Technologies: "company", Shipping: "company", Ventures: "company", Express: "company",
    // a company or body by the reach its name claims, after its own words (`Amnesty International`, `Delta Global`)
    International: "other", Global: "company",
    Foundation: "other", Association: "other", Federation: "other", Confederation: "other", Organisation: "other", Organization: "other",
    Union: "other", Forum: "other", Court: "government", Tribunal: "government", Centre: "other", Center: "other", Alliance: "other", Network: "other", Cluster: "other",
  },
  links: ["of", "for"],
  placeLinks: ["in"],
  joins: ["and", "&"],
  determiners: ["the"],
  leading: [
    "The", "This", "That", "These", "A", "An", "In", "On", "At", "During", "Following", "According", "With", "And", "But", "Also", "After", "Before",
    "For", "From", "To", "By", "As", "If", "When", "While", "Since", "Its", "Their", "His", "Her", "Our", "Both", "Each", "Every", "Between", "Under",
    "Through", "Within", "Via", "Meanwhile", "However", "Moreover", "Recently", "Today", "Yesterday", "About", "Take", "Consider",
    // a day opening the sentence (`On Monday Delta Marine NV signed`)
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ],
  leadingEndings: ["-based", "-headquartered", "-owned", "-controlled", "-registered", "-listed", "-backed"],
  quoteCues: [
    "company", "companies", "enterprise", "enterprises", "firm", "firms", "plant", "factory", "group", "brand", "holding", "bank", "organisation", "organization", "association",
    "agency", "fund", "producer", "manufacturer", "operator", "partner", "investor", "cooperative", "co-operative", "maker", "developer", "builder",
    "breeder", "exporter", "importer", "supplier", "distributor", "trader", "processor", "forwarder", "carrier", "retailer", "insurer", "consultancy",
    "start-up", "startup", "subsidiary", "conglomerate", "utility", "airline", "shipping line", "refinery", "university", "college", "school", "chain",
    // a research body by its class (`the research institute X`, `the think tank X`)
    "institute", "think tank",
  ],
  listIntros: ["such as", "including", "among them", "like"],
  personCues: ["partner", "investor", "producer", "maker", "developer", "builder", "breeder", "exporter", "importer", "supplier", "distributor", "trader", "processor", "carrier", "operator"],
  appositionArticles: ["a", "an"],
  possessives: ["its", "their", "his", "her", "our"],
  companyRoles: [
    "CEO", "CFO", "COO", "CTO", "Chief Executive Officer", "Chief Executive", "Chief Financial Officer", "Chief Operating Officer", "Chief Commercial Officer",
    "Chief Technology Officer", "Managing Director", "General Director", "General Manager", "Executive Director", "founder", "co-founder", "owner", "co-owner",
    "Managing Partner", "Chairman", "Chairwoman", "Chairperson",
  ],
  companyRoleLinks: ["of", "at", "of the Board of", "of the Management Board of", "of the Supervisory Board of", "of the Board of Directors of"],
  // English writes the Kazakh city or regional administration in lower case as often as not (`the akimat of the city of Taraz`)
  lowerHeads: ["akimat"],
  placeClasses: ["the city of", "the region of", "the district of"],
  placeClassesAfter: ["region", "district", "oblast"],
  atRoles: ["head", "director", "manager", "partner", "engineer", "analyst", "economist", "spokesperson", "spokesman", "spokeswoman", "representative", "adviser", "advisor", "researcher"],
  atRoleLinks: ["at"],
  portfolioHeads: ["Minister", "Ministry", "Deputy Minister", "Vice Minister", "Department", "Secretary", "Commissioner", "Committee"],
  portfolioBodies: ["Ministry", "Department"],
  portfolioWords: [
    "Agriculture", "Fisheries", "Food", "Nature", "Trade", "Industry", "Industries", "Energy", "Economy", "Economic", "Economics", "Finance", "Education",
    "Science", "Health", "Welfare", "Sport", "Sports", "Culture", "Transport", "Infrastructure", "Water", "Environment", "Ecology", "Natural",
    "Climate", "Labour", "Labor", "Social", "Justice", "Security", "Defence", "Defense", "Interior", "Foreign", "Digital", "Development",
    "Innovation", "Investment", "Investments", "Tourism", "Information", "Communications", "Public", "Housing", "Construction", "Regional",
    "Rural", "Forestry", "Mining", "Resources", "Integration", "Employment", "Youth", "Family", "Enterprise", "Technology", "Higher",
    "Research", "Emergency", "Media", "Aviation", "Migration", "Spatial", "Urban", "Land", "Irrigation",
  ],
  adjectiveHeads: {},
  nationalityEndings: [],
  originAdjectives: [
    "Kazakh", "Kazakhstani", "Dutch", "Belgian", "Flemish", "Walloon", "German", "French", "British", "American", "Chinese", "Russian", "Uzbek",
    "Kyrgyz", "Turkish", "Azerbaijani", "Georgian", "Polish", "Italian", "Spanish", "Swiss", "Austrian", "Luxembourg", "European", "Asian",
  ],
  headEndings: {},
  foreignLinks: [],
  topicHeads: ["Commission", "Committee", "Council", "Conference", "Working Group", "Subcommittee"],
  numberLabels: ["No", "Nos", "Nr"],
  topicLinks: ["on"],
  notTopics: [...Object.keys(MONTHS).map((m) => m[0].toUpperCase() + m.slice(1)), "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  stateForms: ["the Kingdom of", "the Republic of", "the Grand Duchy of", "the Federal Republic of"],
  closingHeads: ["Lawyers", "Accountants", "Architects"],
  modifierHeads: ["International", "Global", "Consult", "Consulting", "Consultancy", "Trading", "Solutions", "Technologies", "Shipping", "Ventures", "Express"],
  // (a wire's reporter before the verb: `, Steppewire correspondent reports.`)
  sourceAfter: ["reports", "reported", "informs", "writes", "wrote", "says", "correspondent reports", "correspondent reported", "correspondent informs"],
  sourceBefore: ["reports", "reported by", "according to", "citing", "cited by", "quoted by"],
  notAcronyms: [
    "GDP", "GNP", "FDI", "CEO", "CFO", "COO", "CTO", "IT", "ICT", "AI", "VAT", "CO", "CO2", "PPP", "B2B", "B2C", "R&D", "HR", "PR", "QR", "TV", "PC",
    "USB", "SME", "SMEs", "LNG", "LPG", "GMO", "OK", "AM", "PM", "BC", "AD", "CET", "UTC", "GMT", "DNA", "HIV", "ID", "PhD", "MSc", "MBA", "BSc", "MP",
    "KM", "KG", "MW", "GW", "KW", "KWH", "MWH", "TWH", "HA", "FAQ", "PDF", "URL", "NB", "PS", "ETA", "ETD", "Q&A", "ESG", "IPO", "CIS", "TEU", "MOU", "MoU",
    // measures of results releases
    "EBITDA", "REBITDA", "EBIT", "REBIT", "EPS", "ROE", "ROI", "CAPEX", "OPEX", "ISIN", "CPV",
  ],
  tickerLabels: ["ticker", "ticker symbol", "trading symbol", "stock symbol", "stock code", "symbol", "trading code"],
  definitionIntros: ["the", "hereinafter", "hereinafter the", "hereinafter referred to as", "hereinafter referred to as the", "hereafter", "hereafter the"],
  examples: ORGANISATION_EXAMPLES,
  negatives: ORGANISATION_NEGATIVES,
};
