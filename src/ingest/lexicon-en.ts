// English word lists for the attribution patterns.
import PERSON_NOUN_DATA from "./data/person-nouns-en.json" with { type: "json" };

export const REPORTING_VERBS_EN = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "explained", "explains", "noted",
  "notes", "stressed", "insisted", "insists", "argued", "argues", "claimed", "claims", "believes", "believed",
  "predicted", "predicts", "announced", "stated", "wrote", "writes", "acknowledged", "admitted", "conceded",
  "cautioned", "urged", "recalled", "suggested", "estimated", "complained", "confirmed", "denied", "threatened",
  "promised", "vowed", "declared", "emphasized", "emphasised", "observed", "replied", "asserted", "maintained",
  "countered", "alleged", "contended", "testified", "testifies", "agreed", "disagreed", "expects", "expected", "fears", "feared",
]);

/** Verbs whose object (the audience) comes before the content: "told reporters that …". */
export const OBJECT_VERBS = new Set(["told", "tells", "warned", "warns", "urged", "assured", "reminded"]);

export const AUXILIARIES = new Set(["himself", "herself", "themselves", "itself", "has", "had", "have", "also", "later", "previously", "then", "repeatedly", "once", "recently", "further", "again", "often", "long", "publicly", "privately", "separately", "earlier", "has long", "had long", "would", "will", "did", "does", "later", "bluntly", "flatly", "simply", "only"]);

export const ADJUNCT_PREPS = new Set(["on", "in", "at", "during", "last", "this", "earlier", "yesterday", "today", "after", "before", "via", "through", "from", "outside", "inside", "following", "late", "early", "over", "by", "when", "while", "shortly"]);

/** Months, weekdays and day words: capitalized, yet never part of a speaker's name. */
export const MONTH_WORDS_EN = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
]);
export const DAY_WORDS_EN = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"]);
export const TIME_WORDS_EN = new Set([...MONTH_WORDS_EN, ...DAY_WORDS_EN]);

export const PRONOUNS: Record<string, "m" | "f" | "pl" | "n"> = { he: "m", she: "f", they: "pl", it: "n" };

export const TITLE_WORDS = new Set([
  "mayor", "president", "minister", "prime", "foreign", "chief", "secretary", "general", "gen.", "dr.", "dr",
  "secretary-general", "secretary-treasurer", "director-general", "attorney-general", "editor-in-chief", "commander-in-chief",
  "vice-president", "vice-chairman", "vice-chair", "co-founder", "co-chair", "co-chairman", "undersecretary", "under-secretary", "advocate",
  "professor", "prof.", "senator", "sen.", "rep.", "representative", "governor", "gov.", "ambassador", "envoy",
  "director", "commissioner", "superintendent", "councillor", "councilor", "councilwoman", "councilman",
  "judge", "justice", "inspector", "captain", "capt.", "lt.", "lieutenant", "colonel", "col.", "sheriff",
  "deputy", "chairman", "chairwoman", "chair", "speaker", "king", "queen", "prince", "princess", "sheikh",
  "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "ceo", "spokesperson", "spokesman", "spokeswoman", "coordinator",
  "manager", "head", "leader", "economist", "researcher", "analyst", "engineer", "officer", "commander",
  "prosecutor", "attorney", "lawyer", "adviser", "advisor", "official", "curator", "principal", "teacher",
  "nurse", "doctor", "physician", "scientist", "fisherman", "farmer", "owner", "founder", "executive",
  "editor", "correspondent", "historian", "expert", "activist", "organizer", "organiser", "treasurer",
  "administrator", "planner", "architect", "biologist", "geologist", "meteorologist", "firefighter",
  "pilot", "captain", "sergeant", "marshal", "sgt.", "detective", "trustee", "vice", "assistant", "senior", "resident",
  "health", "finance", "interior", "defense", "defence", "police", "fire", "city", "state", "county",
  "district", "energy", "transport", "education", "environment", "agriculture", "trade", "labor", "labour",
  "port", "water", "harbor", "harbour", "parks", "school", "hospital", "union", "u.n.", "un", "u.s.", "us",
  "aide", "staffer", "publicist", "chairperson", "climatologist", "epidemiologist", "virologist", "seismologist",
  "hydrologist", "volcanologist", "oceanographer", "sociologist", "criminologist", "psychologist", "demographer",
  "supervisor", "clerk", "registrar", "assessor", "solicitor", "chancellor", "provost", "warden",
  "cpt.", "cmdr.", "adm.", "admiral", "maj.", "det.", "insp.", "supt.", "atty.", "amb.", "rev.", "reverend", "cpl.", "corporal", "brig.", "brigadier",
  // Commonwealth offices written as initials: "Labour MP Jess Phillips", "Health CS Mutahi Kagwe" (Kenya's Cabinet Secretary).
  "mp", "cs",
  // British and Irish pages write abbreviated titles without the point: "Supt Michael Corbett", "Cllr Ada Lowe".
  "supt", "insp", "sgt", "det", "cllr", "capt", "cpt", "cmdr", "col", "lt", "maj", "brig", "cpl", "prof",
]);

/** Abbreviated titles and the title word they stand for: "Sen. Ada Lowe" … "the senator". */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: "senator", rep: "representative", gen: "general", capt: "captain", cpt: "captain", dr: "doctor",
  gov: "governor", lt: "lieutenant", col: "colonel", sgt: "sergeant", prof: "professor", det: "detective",
  insp: "inspector", supt: "superintendent", cmdr: "commander", adm: "admiral", maj: "major", atty: "attorney",
  amb: "ambassador", rev: "reverend", cpl: "corporal", brig: "brigadier", cllr: "councillor",
};

/** Honorifics and abbreviated titles: alone they name nobody. */
export function isBareTitle(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return w in TITLE_ABBREVIATIONS || ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam"].includes(w) || TITLE_WORDS.has(w);
}

/** Words that make a role phrase a real title (not just an adjective like "city"). */
export const ROLE_HEAD_WORDS = new Set([...TITLE_WORDS].filter((w) => !["health", "finance", "interior", "defense", "defence", "police", "fire", "city", "state", "county", "district", "energy", "transport", "education", "environment", "agriculture", "trade", "labor", "labour", "port", "water", "harbor", "harbour", "parks", "school", "hospital", "union", "u.n.", "un", "u.s.", "us", "senior", "vice", "assistant", "prime", "foreign", "mr.", "mrs.", "ms.", "mr", "mrs", "ms"].includes(w)));

export const GROUP_NOUNS = new Set([
  "officials", "diplomats", "analysts", "sources", "residents", "experts", "economists", "witnesses", "activists",
  "lawmakers", "researchers", "investigators", "authorities", "scientists", "critics", "officers", "engineers",
  "fishermen", "farmers", "teachers", "doctors", "workers", "protesters", "organizers", "organisers",
  "observers", "parents", "villagers", "locals", "merchants", "traders", "shopkeepers", "students", "nurses",
  "volunteers", "campaigners", "opponents", "supporters", "environmentalists", "police", "people", "members",
  "leaders", "executives", "regulators", "inspectors", "prosecutors", "spokespeople", "managers", "owners",
  "fans", "relatives", "families", "customers", "passengers", "commuters", "homeowners", "voters", "employees",
  "patients", "tenants", "survivors", "victims", "drivers", "unions", "commentators", "pundits", "spectators",
  "players", "coaches", "scholars", "historians", "physicians", "pharmacists", "consumers", "shareholders", "investors",
  // "Okafor's lawyers argued": those who speak for someone, a group of their own.
  "lawyers", "attorneys", "aides", "advisers", "advisors", "representatives", "staffers",
  // "Nandi MPs said", "Republican senators said": holders of one office, several of them, speak as a group.
  "mps", "meps", "msps", "mlas", "mcas", "tds", "senators", "legislators", "parliamentarians", "councillors", "councilors",
  "ministers", "governors", "mayors", "delegates", "judges", "congressmen", "congresswomen",
]);

/** The press as a plural or a medium: "Buenos Aires media", "Lagos newspapers" name no speaker of their own. */
export const PRESS_NOUNS = new Set(["media", "newspapers", "papers", "dailies", "outlets", "broadcasters", "television", "radio", "tabloids"]);

/** Words that count people ("Twelve Iraqis", "Dozens of protesters"): they open a group, never a name. */
export const COUNT_WORDS_EN = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores", "millions", "many", "most", "some", "few", "both", "all"]);

export const ORG_WORDS = new Set([
  "ministry", "league", "department", "council", "agency", "bank", "company", "corporation", "institute", "university",
  "commission", "authority", "union", "association", "organization", "organisation", "fund", "service",
  "office", "group", "court", "party", "board", "network", "committee", "foundation", "hospital", "center",
  "centre", "inc", "ltd", "co", "government", "administration", "report", "statement", "study", "survey",
  "police", "army", "military", "navy", "coalition", "alliance", "federation", "secretariat", "reuters",
  "observatory", "watch", "forum", "trust", "club", "cabinet", "parliament", "congress", "senate", "embassy",
  "consulate", "directorate", "directorate-general", "port", "utility", "firm", "chamber", "commerce", "society", "academy", "institution", "newspaper", "agency", "programme", "program", "mission", "bureau",
  // "the FCT Police Command Headquarters": a seat of a body, never a person's name.
  "headquarters", "command",
  // Last words of company names ("Harbor Point Development", "Kestrel Holdings").
  "development", "developments", "holdings", "partners", "properties", "ventures", "industries", "technologies", "enterprises", "labs", "airlines",
]);

/** Last words of the names of events, prizes and programmes ("CBN Governor Lecture Series", "Mayor's Cup"): a title's
 *  words before them name the event, never a person. */
export const EVENT_WORDS = new Set([
  "series", "lecture", "lectures", "summit", "conference", "forum", "festival", "award", "awards", "prize", "cup", "trophy",
  "games", "championship", "championships", "tournament", "debate", "dinner", "gala", "ceremony", "day", "week", "challenge",
  "scholarship", "fellowship", "initiative", "scheme", "fund", "programme", "program", "lecture", "symposium", "retreat", "expo",
]);

/** Words allowed inside a speaker phrase besides capitalized words. */
export const NP_WORDS = new Set([
  "the", "a", "an", "two", "three", "four", "five", "several", "many", "some", "other", "former", "top",
  "local", "federal", "national", "regional", "municipal", "independent", "western", "senior", "junior",
  "foreign", "european", "international", "government", "state", "city", "county", "port", "health",
  "security", "military", "defense", "defence", "intelligence", "police", "fire", "water", "school",
  "environmental", "economic", "financial", "anonymous", "unnamed", "of", "for", "and", "at", "from",
  "with", "familiar", "close", "to", "in", "involved", "who", "spoke", "on", "condition", "anonymity",
  "longtime", "veteran", "leading", "prominent", "chief", "deputy", "acting", "interim", "new",
]);

export const FEMALE_NAMES = new Set(["elena", "maria", "sarah", "sara", "anna", "ana", "laura", "emily", "jane", "mary", "fatima", "layla", "leila", "amina", "dana", "priya", "grace", "helen", "karen", "linda", "susan", "rachel", "rebecca", "olivia", "sophie", "claire", "julia", "nadia", "lucia", "marta", "ingrid", "chloe", "hannah", "kate", "katherine", "catherine", "margaret", "jennifer", "jessica", "lisa", "nicole", "michelle", "angela", "patricia", "barbara", "elizabeth", "amy", "emma", "isabel", "rosa", "carmen", "mei", "aisha", "zainab", "noor", "yasmin", "rana", "hoda", "mona", "salma", "ruth", "joan", "alice", "marie", "annette", "greta", "ursula", "kamala", "hillary", "theresa", "angela", "nancy", "christine"]);
/** Titles that tell a woman or a man, without a final full stop ("Mrs", "chairman"). */
export const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "councilwoman", "chairwoman", "spokeswoman", "congresswoman"]);
export const MALE_TITLES = new Set(["mr", "sir", "lord", "king", "prince", "councilman", "chairman", "spokesman", "congressman"]);
/** The gender a title among lowercase words tells ("mrs.", "chairman"): a woman's title first, then a man's; or null. */
export function titleGender(words: string[]): "f" | "m" | null {
  const bare = words.map((w) => w.replace(/\.$/, ""));
  if (bare.some((w) => FEMALE_TITLES.has(w))) return "f";
  return bare.some((w) => MALE_TITLES.has(w)) ? "m" : null;
}
export const MALE_NAMES = new Set(["james", "john", "robert", "michael", "david", "william", "richard", "thomas", "mark", "paul", "peter", "tom", "daniel", "omar", "ahmed", "mohammed", "muhammad", "ali", "hassan", "karim", "samir", "carlos", "miguel", "luis", "juan", "jose", "ivan", "nathan", "donald", "joe", "barack", "george", "frank", "henry", "jack", "samuel", "amir", "tariq", "yusuf", "ben", "recep", "vladimir", "emmanuel", "boris", "olaf", "antonio", "martin", "brian", "kevin", "steven", "andrew", "joseph", "charles", "christopher", "matthew", "anthony", "jorge", "pedro", "ahmad", "khaled", "walid", "hamid", "rashid", "mike", "bill", "jim", "bob", "tony", "keir", "rishi", "xi", "narendra"]);

/** Nouns whose first sense is a person (WordNet noun.person: witness, resident, photographer): a speaker phrase headed by
 *  one describes someone, never the body or place that modifies it ("a Reuters photographer"). */
export const PERSON_HEAD_NOUNS = new Set<string>(PERSON_NOUN_DATA.nouns);
