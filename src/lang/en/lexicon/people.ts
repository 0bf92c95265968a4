// English role heads, honorifics, speech verbs and words that never start a name: data only.
import type { PeopleLexicon } from "../../common/people.js";
import { PEOPLE_EXAMPLES, PEOPLE_NEGATIVES } from "./people-examples.js";

export const PEOPLE: PeopleLexicon = {
  lang: "en",
  titles: [
    "analyst", "economist", "researcher", "arbitrator", "judge",
    "Ambassador", "Ambassador Extraordinary and Plenipotentiary", "Minister", "Minister-President", "Prime Minister", "Deputy Prime Minister",
    "Foreign Minister", "Deputy Foreign Minister", "Vice Minister", "Deputy Minister", "First Deputy Minister", "State Secretary", "Secretary of State",
    "President", "Vice President", "Vice-President", "Governor", "Deputy Governor", "Mayor", "Deputy Mayor", "Alderman", "Councillor", "Council Member", "City Councillor", "Alderwoman", "Akim", "Deputy Akim", "Vice-Akim", "First Deputy Akim",
    "Chairman", "Chairwoman", "Chairperson", "Chair", "Vice-Chairman", "Vice Chairman", "Deputy Chairman", "Managing Director", "Director",
    "Director General", "Director-General", "Deputy Director", "Executive Director", "General Director", "General Manager", "Manager", "Export Manager",
    "CEO", "Chief Executive Officer", "Chief Executive", "CFO", "COO", "CTO", "Founder", "Co-founder", "owner", "co-owner", "Managing Partner", "Partner",
    "Consul", "Consul General", "Consul-General", "Honorary Consul", "Counsellor", "Counselor", "Minister-Counsellor", "Attaché", "Trade Attaché",
    "Trade Commissioner", "Trade Representative", "Chief Engineer", "Engineer",
    // a judge of a higher court by the title written before the name (`Justice Anna Whitfield`)
    "Justice",
    "First Secretary", "Second Secretary", "Third Secretary", "Secretary", "Secretary General", "Secretary-General", "Press Secretary", "Chargé d'Affaires",
    "Head", "Deputy Head", "King", "Queen", "Prince", "Princess", "Senator", "Chancellor", "Commissioner", "European Commissioner", "Spokesperson",
    "Spokesman", "Spokeswoman", "representative", "Special Representative", "Envoy", "Special Envoy", "Speaker", "Member of Parliament", "MP",
    "Professor", "Rector", "Rector Magnificus", "Vice-Rector", "Dean", "Adviser", "Advisor", "Chief", "Executive Secretary", "Provincial Governor", "Deputy Chair",
    "Chief Financial Officer", "Chief Operating Officer", "Chief Commercial Officer", "Chief Technology Officer", "Chief Marketing Officer",
    "Chief Investment Officer", "Chief Digital Officer", "Chief Strategy Officer", "First Vice Minister", "First Vice-Minister", "Vice-Minister",
    "First Deputy Prime Minister", "Vice Prime Minister", "First Vice President", "Deputy Chairperson", "Deputy Chairwoman", "Vice-Chairperson",
    "Vice Chairperson", "Deputy General Director", "Senior Vice President", "Executive Vice President",
    "Communications Manager", "Communications Director", "Communications Officer", "Press Officer", "Marketing Manager", "Marketing Director",
    "Sales Manager", "Sales Director", "Project Manager", "Project Director", "Country Manager", "Plant Manager", "Operations Manager",
    // university and the professions
    "Associate Professor", "Assistant Professor", "Lecturer", "Senior Lecturer", "Policy Officer", "Policy Adviser", "lawyer",
    // a parliament's clerk, the head of a water board, and an orchestra's conductor
    "Clerk", "Dike-reeve", "Dyke-reeve", "Conductor", "Chief Conductor", "Principal Conductor",
    // the prosecution in court, and a Flemish government's deputy head as English writes it
    "Public Prosecutor", "prosecutor", "Vice-Minister-President", "Vice Minister-President",
  ],
  plurals: {
    mayors: "Mayor", governors: "Governor", ministers: "Minister", ambassadors: "Ambassador", directors: "Director", chairmen: "Chairman",
    heads: "Head", presidents: "President", akims: "Akim", aldermen: "Alderman", councillors: "Councillor", "council members": "Council Member", consuls: "Consul", ceos: "CEO", rectors: "Rector", representatives: "representative",
  },
  honorifics: ["Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "H.E.", "His Excellency", "Her Excellency", "Sir", "Madam", "Dame", "Lord", "Baron"],
  roleLinks: ["of", "to", "for", "at", "in"],
  determiners: ["the", "a", "an", "its", "his", "her", "their", "our"],
  // `Anna Berg is a lawyer at …`: a role stated of a name, as a byline under an opinion piece does
  appositionLinks: ["as", "has been appointed", "has been appointed as", "was appointed", "was appointed as", "is appointed", "has been named", "was named", "will become", "becomes", "became", "will succeed him as", "will succeed her as", "is"],
  appositionAdverbs: ["currently", "now", "formerly", "previously", "until recently", "until now"],
  salutations: ["dear", "Dear"],
  roleModifiers: [
    "corporate", "senior", "junior", "economic", "commercial", "political", "financial", "legal", "technical", "regional", "principal", "lead", "acting",
    "interim", "former", "agricultural", "scientific", "postdoctoral", "doctoral", "diplomatic", "honorary", "permanent", "strategic", "international", "national", "foreign",
  ],
  compoundHeads: [],
  joins: ["and", "&"],
  respectively: ["respectively"],
  adjectiveEndings: ["ian", "ish", "ese"],
  objectNouns: ["region", "province", "oblast", "city", "district", "area", "county", "municipality", "port"],
  speechVerbs: [
    "said", "says", "noted", "notes", "stated", "stressed", "emphasized", "emphasised", "added", "told", "explained", "highlighted", "underlined",
    "announced", "pointed out", "remarked", "commented", "expressed", "welcomed", "thanked", "invited", "informed", "briefed", "presented",
    "visited", "met", "held", "confirmed", "assured", "recalled", "mentioned", "believes", "thinks",
  ],
  bylines: ["by", "text by", "written by", "reporting by"],
  ageWords: ["year-old"],
  kinNouns: ["father", "mother", "brother", "sister", "son", "daughter", "grandfather", "grandmother", "uncle", "aunt", "cousin", "nephew", "niece"],
  speechBefore: ["said", "says", "according to", "told", "added", "noted"],
  notNames: [
    // venues after a word that is also a first name (`the River Amphitheatre`, `Grace Cathedral`): a place, no one's surname
    "Amphitheatre", "Amphitheater", "Theatre", "Theater", "Arena", "Stadium", "Museum", "Hotel", "Airport", "Cathedral", "Pavilion", "Auditorium",
    "Boulevard", "Avenue", "Expo", "Palace", "Castle", "County", "Jail", "Prison",
    "The", "This", "That", "These", "Those", "In", "On", "At", "During", "Following", "According", "With", "And", "But", "Also", "After", "Before",
    "For", "From", "To", "Of", "By", "As", "If", "When", "While", "Since", "Today", "Yesterday", "Tomorrow", "He", "She", "It", "They", "We", "I", "You",
    "His", "Her", "Their", "Our", "Its", "My", "Your", "There", "Here", "Then", "Thus", "However", "Moreover", "Meanwhile", "Furthermore", "Besides",
    "Both", "All", "Each", "Every", "Some", "Many", "Most", "Other", "Another", "Such", "A", "An", "Not", "No", "Yes", "Our", "Among", "Between",
    "Under", "Over", "About", "Through", "Within", "Without", "Upon", "Via", "Per", "Special", "Particular", "Images", "Photo", "Source",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Ministry", "Embassy", "Government", "Parliament", "Senate", "Agency", "Commission", "Council", "Chamber", "Commerce", "Port", "University",
    "Institute", "Company", "Group", "Bank", "Fund", "Party", "Board", "Committee", "Department", "Office", "Association", "Federation", "Union",
    "Republic", "Kingdom", "Region", "Province", "City", "State", "Foreign", "Affairs", "International", "National", "Central", "Northern", "Southern",
    "Eastern", "Western", "North", "South", "East", "West", "Middle", "Corridor", "Route", "Expo", "Forum", "Summit", "Business", "Trade", "Economic",
    "Development", "Investment", "Industry", "Industrial", "Transport", "Logistics", "Energy", "Innovation", "Cooperation", "Agreement",
    "Memorandum", "Constitution", "Officer", "Commercial", "Executive", "Financial", "Operating", "Road", "Street", "Avenue", "Square", "Hall", "Centre", "Center", "Day", "Week", "Year", "Nauryz", "Road",
  ],
  // English writes a street's head as a word of its own (`Road`, `Street`, among the words above)
  notNameEndings: [],
  examples: PEOPLE_EXAMPLES,
  negatives: PEOPLE_NEGATIVES,
};
