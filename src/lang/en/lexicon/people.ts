// English role heads, honorifics, speech verbs and words that never start a name: data only.
import type { PeopleLexicon } from "../../common/people.js";
import { PEOPLE_EXAMPLES, PEOPLE_NEGATIVES } from "./people-examples.js";

export const PEOPLE: PeopleLexicon = {
  lang: "en",
  titles: [
    "Ambassador", "Ambassador Extraordinary and Plenipotentiary", "Minister", "Minister-President", "Prime Minister", "Deputy Prime Minister",
    "Foreign Minister", "Deputy Foreign Minister", "Vice Minister", "Deputy Minister", "First Deputy Minister", "State Secretary", "Secretary of State",
    "President", "Vice President", "Vice-President", "Governor", "Deputy Governor", "Mayor", "Deputy Mayor", "Alderman", "Councillor", "Akim", "Deputy Akim",
    "Chairman", "Chairwoman", "Chairperson", "Chair", "Vice-Chairman", "Vice Chairman", "Deputy Chairman", "Managing Director", "Director",
    "Director General", "Director-General", "Deputy Director", "Executive Director", "General Director", "General Manager", "Manager", "Export Manager",
    "CEO", "Chief Executive Officer", "Chief Executive", "CFO", "COO", "CTO", "Founder", "Co-founder", "owner", "co-owner", "Managing Partner", "Partner",
    "Consul", "Consul General", "Consul-General", "Honorary Consul", "Counsellor", "Counselor", "Minister-Counsellor", "Attaché", "Trade Attaché",
    "First Secretary", "Second Secretary", "Third Secretary", "Secretary", "Secretary General", "Secretary-General", "Press Secretary", "Chargé d'Affaires",
    "Head", "Deputy Head", "King", "Queen", "Prince", "Princess", "Senator", "Chancellor", "Commissioner", "European Commissioner", "Spokesperson",
    "Spokesman", "Spokeswoman", "representative", "Special Representative", "Envoy", "Special Envoy", "Speaker", "Member of Parliament", "MP",
    "Professor", "Rector", "Vice-Rector", "Dean", "Adviser", "Advisor", "Chief", "Executive Secretary", "Provincial Governor", "Deputy Chair",
  ],
  plurals: {
    mayors: "Mayor", governors: "Governor", ministers: "Minister", ambassadors: "Ambassador", directors: "Director", chairmen: "Chairman",
    heads: "Head", presidents: "President", akims: "Akim", consuls: "Consul", ceos: "CEO", rectors: "Rector", representatives: "representative",
  },
  honorifics: ["Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "H.E.", "His Excellency", "Her Excellency", "Sir", "Madam", "Dame", "Lord", "Baron"],
  roleLinks: ["of", "to", "for", "at", "in"],
  determiners: ["the", "a", "an", "its", "his", "her", "their"],
  joins: ["and", "&"],
  respectively: ["respectively"],
  objectNouns: ["region", "province", "oblast", "city", "district", "area", "county", "municipality", "port"],
  speechVerbs: [
    "said", "says", "noted", "notes", "stated", "stressed", "emphasized", "emphasised", "added", "told", "explained", "highlighted", "underlined",
    "announced", "pointed out", "remarked", "commented", "expressed", "welcomed", "thanked", "invited", "informed", "briefed", "presented",
    "visited", "met", "held", "confirmed", "assured", "recalled", "mentioned", "believes", "thinks",
  ],
  speechBefore: ["said", "says", "according to", "told", "added", "noted"],
  notNames: [
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
    "Memorandum", "Constitution", "Road", "Street", "Avenue", "Square", "Hall", "Centre", "Center", "Day", "Week", "Year", "Nauryz", "Road",
  ],
  examples: PEOPLE_EXAMPLES,
  negatives: PEOPLE_NEGATIVES,
};
