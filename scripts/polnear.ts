// Reading PolNeAR (networkdynamics/PolNeAR: brat standoff .ann beside each article .txt) into gold
// statements for src/ingest/measure.ts. The corpus has no license: it stays outside the repository
// and scripts are pointed at it.
//
// Which statements count: attributions whose Source span NAMES someone. The Source is cut at its
// first comma, bracket, dash or relative pronoun ("Hope Hicks, a Trump spokeswoman" → "Hope Hicks");
// its last word is the head. The statement is named when
//   - the head is capitalized and is not a pronoun or a capitalized group noun (Democrats, Republicans):
//     the speaker is the run of capitalized words ending at the head, leading titles and honorifics
//     dropped ("Secretary of State John Kerry" → John Kerry, "the Washington Post" → Washington Post);
//   - or the head is "campaign", "administration" or "camp" right after a capitalized word
//     ("the Clinton campaign", "Trump's campaign" → Clinton campaign, Trump campaign).
// Pronouns, "who", "a Trump spokesman", "officials", "the fact-checker" are not named and not counted.
//
// Is a draft speaker the annotated one: both names are first completed from the article's own first
// full mention of that surname ("Clinton" → "Hillary Clinton" if that is how the article first names a
// Clinton; "Mrs. Clinton" takes the first Clinton whose first name is not a man's), then they must
// share their last word and one's words must all be in the other's ("Trump" = "Donald Trump";
// "Donald Trump" ≠ "Melania Trump" ≠ "Donald Trump Jr.").
//
// Articles with several annotators (file suffix _xxxx) use the first annotation file in name order.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FEMALE_NAMES, MALE_NAMES } from "../src/ingest/lexicon-en.js";
import type { GoldStatement, GoldType, Range } from "../src/ingest/measure.js";
import { lemmaOfCue } from "./cue-lemma.js";

export interface PolnearArticle {
  name: string;
  textPath: string;
  text: string;
  annotations: BratAttribution[];
}

export interface BratAttribution {
  source: { spans: Range[]; text: string } | null;
  cue: { spans: Range[]; text: string } | null;
  content: { spans: Range[]; text: string } | null;
}

/** The articles of one split that have an annotation file. */
export function readSplit(root: string, split: string): PolnearArticle[] {
  const dir = join(root, "data", split);
  const anns = readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  const firstAnnotation = new Map<string, string>();
  for (const f of anns) {
    const name = f.replace(/_[0-9a-f]{4}\.ann$/, "");
    if (!firstAnnotation.has(name)) firstAnnotation.set(name, f);
  }
  return [...firstAnnotation].map(([name, ann]) => {
    const textPath = join(dir, "text", `${name}.txt`);
    return { name, textPath, text: readFileSync(textPath, "utf8"), annotations: parseBrat(readFileSync(join(dir, "attributions", ann), "utf8")) };
  });
}

export function parseBrat(ann: string): BratAttribution[] {
  const spans = new Map<string, { spans: Range[]; text: string }>();
  const events: string[] = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    if (/^T\d+$/.test(cols[0]) && cols.length >= 3) {
      const [, ...ranges] = cols[1].match(/^\S+ (.*)$/) ?? [];
      if (!ranges[0]) continue;
      const rs = ranges[0].split(";").map((r) => r.trim().split(/\s+/).map(Number) as Range).filter((r) => r.length === 2 && r.every(Number.isFinite));
      spans.set(cols[0], { spans: rs, text: cols[2] });
    } else if (/^E\d+$/.test(cols[0]) && cols[1]) events.push(cols[1]);
  }
  return events.map((e) => {
    const role = (r: string) => {
      const m = e.match(new RegExp(`(?:^|\\s)${r}:(T\\d+)`));
      return m ? spans.get(m[1]) ?? null : null;
    };
    return { source: role("Source"), cue: role("Cue"), content: role("Content") };
  });
}

const PRONOUNS = new Set(["i", "he", "she", "it", "they", "we", "you", "who", "which", "that", "this", "these", "those", "one", "his", "her", "their", "its", "our", "my", "me", "him", "them", "us", "whom", "whose"]);
const CAPITALIZED_GROUPS = new Set(["democrats", "republicans", "americans", "conservatives", "liberals", "progressives", "evangelicals", "latinos", "hispanics", "independents", "millennials", "democratic", "republican", "gop", "voters", "others", "some", "many", "both", "all", "critics", "supporters", "officials"]);
const BODY_HEADS = new Set(["campaign", "administration", "camp"]);
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "rev", "sir", "dame", "prof", "amb", "atty"]);
const TITLES = new Set(["president", "senator", "secretary", "governor", "representative", "congressman", "congresswoman", "speaker", "chairman", "chairwoman", "mayor", "candidate", "nominee", "vice", "former", "justice", "judge", "attorney", "general", "director", "leader", "majority", "minority", "house", "senate", "state", "first", "lady", "sheriff", "ambassador", "commissioner", "chief", "deputy", "press", "spokesman", "spokeswoman", "of", "the", "u.s.", "us", "presidential", "democratic", "republican", "gop", "hopeful", "billionaire", "businessman", "former", "independent", "rival", "dr", "pastor", "reverend", "pope", "king", "queen", "prime", "minister", "foreign", "defense"]);
const ORG_TAILS = new Set(["department", "committee", "party", "house", "office", "foundation", "council", "court", "news", "post", "times", "journal", "network", "agency", "bureau", "association", "university", "institute", "center", "group", "fund", "bank", "board", "commission", "coalition", "federation", "union", "school", "college", "church", "chamber", "society", "corporation", "company", "conference", "alliance", "academy", "authority", "caucus", "service", "services", "trust", "forum", "league", "organization", "bureau"]);
const FEMALE = new Set([...FEMALE_NAMES, "melania", "ivanka", "tiffany", "chelsea", "huma", "kellyanne", "hope", "sarah", "nikki", "carly", "jill", "debbie", "donna", "katrina", "megyn", "gennifer", "lara", "marla", "condoleezza", "loretta", "madeleine", "susana", "omarosa", "paula", "sheila", "cheryl", "neera"]);
const MALE = new Set([...MALE_NAMES, "donald", "bill", "bernie", "ted", "marco", "jeb", "ben", "chris", "mike", "john", "paul", "rand", "scott", "newt", "rudy", "reince", "corey", "jason", "eric", "barack", "tim", "gary", "jared", "roger", "steve", "stephen", "sean", "jeff", "mitch", "harry", "lindsey", "rick", "bobby", "lincoln", "martin", "jim", "robby", "tom", "joe"]);

const clean = (w: string) => w.replace(/^[“"‘'(\[]+|[”"’'),.:;!?\]]+$/g, "").replace(/['’]s$/, "").replace(/['’]$/, "");
const isCap = (w: string) => /^\p{Lu}/u.test(w);
const keyWord = (w: string) => w.toLowerCase().replace(/\./g, "");

// Words that end a source's head noun phrase when they do not sit inside a capitalized name
// ("advisers to Mr. Obama", "His program on Wednesday", "A spokesman for Mayor Jackson", "New polls
// released Sunday"), unlike "Secretary of State John Kerry" or "Commission on Presidential Debates".
const PHRASE_BREAKS = new Set(["of", "for", "to", "at", "in", "on", "by", "from", "with", "about", "among", "including", "along", "like", "than", "after", "before", "during", "across", "inside", "outside", "within"]);
// Capitalized only because they open the sentence, or a group named by a common noun.
const COMMON_HEADS = new Set(["authorities", "lawmakers", "poll", "polls", "protesters", "demonstrators", "scholars", "readers", "police", "experts", "opponents", "proponents", "leaders", "organizers", "friends", "candidates", "workers", "witnesses", "unions", "surveys", "strategists", "majorities", "hundreds", "thousands", "rabbis", "terrorists", "most", "several", "video", "report", "analysts", "economists", "residents", "advocates", "activists", "sources", "aides", "advisers", "investigators", "prosecutors", "researchers", "observers", "democrat", "republican", "independent", "mexicans", "europeans", "germans", "saudis", "african-americans", "data", "country", "according", "another", "close", "fewer", "less", "more", "half", "footage", "governors", "investors", "newspaper", "partisans", "spokesmen", "spokesman", "spokeswoman", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "none", "neither", "either", "each", "everyone", "nobody", "somebody", "someone"]);

/** The speaker a Source span names (words, honorific gender), or null when it names nobody. */
export function namedSource(source: string, articleText?: string): { words: string[]; gender: "m" | "f" | null } | null {
  const chunks = source.split(/,|\(|\s[-–—]\s|\s(?:who|which|whose|that)\s/).map((c) => c.trim());
  const first = headOf(chunks[0], articleText);
  // "The director of the European Centre, Ina Kirsch,": an unnamed role, then the name in apposition.
  if (!first && chunks.length > 1 && /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u.test(chunks[1]) && /^(?:the|a|an|his|her|their|its)\s/i.test(chunks[0])) {
    return headOf(chunks[1], articleText);
  }
  return first;
}

/** Each person or body a coordinated source names ("Mr. Grassley and Mr. Leahy"): any one of them is the speaker. */
export function namedSources(source: string, articleText?: string): { words: string[]; gender: "m" | "f" | null }[] {
  const whole = namedSource(source, articleText);
  if (!whole) return [];
  if (!/\s(?:and|&)\s/.test(source)) return [whole];
  // "senator Bob Corker, R-Tenn., and Lindsey Graham": each conjunct up to its own comma.
  const parts = source.split(/,?\s(?:and|&)\s/).map((p) => namedSource(p.trim(), articleText)).filter((p): p is NonNullable<typeof p> => p !== null);
  return parts.length > 1 ? parts : [whole];
}

function headOf(phrase: string, articleText?: string): { words: string[]; gender: "m" | "f" | null } | null {
  let words = phrase.split(/\s+/).map(clean).filter(Boolean);
  // "AT LEAST 10 KILLED IN DEADLY ISTANBUL EXPLOSION": a headline in capitals names nobody.
  if (words.length > 3 && words.every((w) => !/\p{Ll}/u.test(w))) return null;
  // The head noun phrase ends at a preposition or participle outside a capitalized name.
  const brk = words.findIndex((w, i) => {
    if (i === 0) return false;
    const lw = w.toLowerCase();
    const inName = isCap(words[i - 1]) && (isCap(words[i + 1] ?? "") || (["of", "for", "on"].includes(lw) && ["the", "a", "an"].includes(words[i + 1] ?? "") && isCap(words[i + 2] ?? "")));
    if (PHRASE_BREAKS.has(w)) return !inName;
    return /^\p{Ll}+(?:ed|ing)$/u.test(w) && /^\p{Ll}/u.test(words[i - 1]) && !["the", "a", "an"].includes(words[i - 1]);
  });
  if (brk > 0) {
    // "Charles B. Rangel of New York": a name, then where it is from (not "Secretary of State", "Department of Justice").
    words = words.slice(0, brk);
  }
  const of = words.findIndex((w, i) => i > 0 && w === "of" && isCap(words[i - 1]) && !TITLES.has(keyWord(words[i - 1])) && !ORG_TAILS.has(keyWord(words[i - 1])) && !HONORIFICS.has(keyWord(words[i - 1])));
  if (of > 0) words = words.slice(0, of);
  if (!words.length) return null;
  const lower = words.map(keyWord);
  const gender = lower.some((w) => ["mrs", "ms", "miss"].includes(w)) ? "f" : lower.includes("mr") ? "m" : null;
  let end = words.length - 1;
  let body: string | null = null;
  if (BODY_HEADS.has(lower[end]) && end > 0 && isCap(words[end - 1])) {
    body = lower[end];
    end--;
  }
  const head = words[end];
  if (!isCap(head) || PRONOUNS.has(lower[end]) || CAPITALIZED_GROUPS.has(lower[end]) || COMMON_HEADS.has(lower[end])) return null;
  let start = end;
  while (start > 0 && (isCap(words[start - 1]) || ((["of", "for", "and", "de", "van", "von", "al", "on"].includes(lower[start - 1]) && start > 1 && isCap(words[start - 2])) || (["the", "a"].includes(lower[start - 1]) && start > 2 && ["of", "for", "on"].includes(lower[start - 2]) && isCap(words[start - 3]))))) start--;
  // A lone word capitalized only because it opens the sentence ("Poll", "Authorities") when the
  // article also writes it in lower case.
  if (start === end && end === 0 && !body && articleText && writtenLowerMostly(articleText, lower[end])) return null;
  // Leading honorifics and titles go ("Secretary of State John Kerry" → John Kerry), but never the
  // words that make an organization ("State Department", "House Oversight Committee").
  const isOrg = ORG_TAILS.has(lower[end]) || body !== null;
  while (!isOrg && start < end && (HONORIFICS.has(lower[start]) || TITLES.has(lower[start]))) start++;
  const run = words.slice(start, end + 1).map(keyWord).filter((w) => w && w !== "the" && !/^[a-z]$/.test(w));
  if (!run.length) return null;
  return { words: body ? [...run, body] : run, gender };
}

/** True when the article writes `word` in lower case more often than capitalized inside a sentence. */
function writtenLowerMostly(text: string, word: string): boolean {
  const re = new RegExp(`(^|[.!?“”"]\\s*|\\s)(${escapeRe(word)})\\b`, "gi");
  let lower = 0;
  let capitalInside = 0;
  for (const m of text.matchAll(re)) {
    if (m[2] === word) lower++;
    else if (/^\s$/.test(m[1]) && !/[.!?“"]\s*$/.test(text.slice(Math.max(0, m.index! - 3), m.index! + 1))) capitalInside++;
  }
  return lower > capitalInside;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Full names the article writes (two to four capitalized words), by their last word, in order of first mention. */
export function fullNamesOf(text: string): Map<string, string[][]> {
  const byLast = new Map<string, string[][]>();
  const re = /\b(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\b/gu;
  for (const m of text.matchAll(re)) {
    const ws = m[1].split(/\s+/).map(keyWord).filter((w) => w.length > 1);
    while (ws.length && (HONORIFICS.has(ws[0]) || TITLES.has(ws[0]))) ws.shift();
    if (ws.length < 2) continue;
    const last = ws[ws.length - 1];
    const list = byLast.get(last) ?? [];
    if (!list.some((l) => l.join(" ") === ws.join(" "))) list.push(ws);
    byLast.set(last, list);
  }
  return byLast;
}

function complete(words: string[], gender: "m" | "f" | null, names: Map<string, string[][]>): string[] {
  if (words.length !== 1) return words;
  const options = names.get(words[0]) ?? [];
  const fits = options.find((o) => (gender === "f" ? !MALE.has(o[0]) : gender === "m" ? !FEMALE.has(o[0]) : true));
  return fits ?? words;
}

/** True when a draft speaker's names and the annotated speaker words name the same speaker. */
export function sameSpeaker(gold: string[], forms: string[], names: Map<string, string[][]>, gender: "m" | "f" | null): boolean {
  const g = complete(gold, gender, names);
  return forms.some((f) => {
    const p0 = f.split(/\s+/).map(clean).map(keyWord).filter((w) => w && w !== "the" && !/^[a-z]$/.test(w));
    if (!p0.length) return false;
    const p = complete(p0, null, names);
    if (p[p.length - 1] !== g[g.length - 1]) return false;
    return g.every((w) => p.includes(w)) || p.every((w) => g.includes(w));
  });
}

const QUOTE_MARKS = /["“”«»„]/;
export function quoteType(content: string): GoldType {
  const t = content.trim().replace(/^(?:that|whether|if)\s+/i, "");
  if (!QUOTE_MARKS.test(t)) return "indirect";
  const inside = t.replace(/^[^"“«„]*["“«„]/, "").replace(/["”»][^"”»]*$/, "");
  return /^["“«„]/.test(t) && inside.length >= 0.8 * t.length ? "direct" : "partial";
}

/** Gold statements with a named source, from one annotated article. */
export function goldOf(article: PolnearArticle): GoldStatement[] {
  const names = fullNamesOf(article.text);
  const out: GoldStatement[] = [];
  for (const a of article.annotations) {
    if (!a.source || !a.content || !a.content.spans.length) continue;
    const named = namedSources(a.source.text, article.text);
    if (!named.length) continue;
    out.push({
      article: article.name, spans: a.content.spans, text: a.content.text, speaker: a.source.text,
      accepts: (forms) => named.some((n) => sameSpeaker(n.words, forms, names, n.gender)),
      cue: a.cue ? lemmaOfCue(a.cue.text) : "(none)",
      type: quoteType(a.content.text),
    });
  }
  return out;
}
