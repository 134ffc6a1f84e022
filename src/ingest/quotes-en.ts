// English attribution patterns:
//   “…,” Ruiz said.   “…,” said Mayor Elena Ruiz.   Ruiz said: “…”   Ruiz, the mayor, said that …
//   The bridge will reopen in May, the mayor said.   Ruiz said the plan was “a disaster” for the city.
//   According to the report, …   “…,” she added. “…” (the same speaker goes on)
import { bylineAttribution } from "./byline-en.js";
import { colonLeadAttribution } from "./colon-lead-en.js";
import { colonIntroduction, cueAttributions } from "./cues-en.js";
import { ADJUNCT_PREPS, AUXILIARIES, DAY_WORDS_EN, TIME_WORDS_EN, FEMALE_NAMES, GROUP_NOUNS, isBareTitle, MALE_NAMES, NP_WORDS, OBJECT_VERBS, ORG_WORDS, PERSON_HEAD_NOUNS, PRONOUNS, REPORTING_VERBS_EN, ROLE_HEAD_WORDS, TITLE_ABBREVIATIONS, TITLE_WORDS, titleGender } from "./lexicon-en.js";
import { maskQuotes, quoteSpans, sentencesOf } from "./segment.js";
import { contradictsGender, givenNameGender } from "./gender-en.js";
import { introducedWithNoun } from "./introduced-noun-en.js";
import { englishFullName } from "./speakers.js";
import { isTitleCase } from "./text.js";
import { restIsPunctuation, tokenize, type Token } from "./tokens.js";
import type { Attribution, Gender, Mention, Paragraph, QuoteSpan } from "./types.js";

const lc = (t: Token | undefined) => (t && t.kind === "word" ? t.text.toLowerCase() : "");
/** "al-Rawahi", "el-Khoury", "d'Souza": a lowercase particle joined to a capitalized name word is a name word too. */
const PREFIXED_NAME = /^(?:al|el|ad|ar|as|at|az|ash|ul|d)[-'’]\p{Lu}/u;
const isCap = (t: Token) => t.kind === "word" && (/^\p{Lu}/u.test(t.text) || PREFIXED_NAME.test(t.text));
const isVerb = (t: Token | undefined) => !!t && t.kind === "word" && REPORTING_VERBS_EN.has(lc(t));
/** "found", "concluded", "showed": statements only for a document ("A report … found that …"). */
const FINDING_VERBS = new Set(["found", "finds", "concluded", "concludes", "showed", "shows"]);
const PARTICLES = new Set(["al", "al-", "el", "ul", "bin", "ibn", "de", "da", "van", "von", "der", "den", "ter", "la", "le", "di", "abu", "du", "del", "della", "dos", "das"]);

/** A speaker phrase (words only, in order) → a mention; null when it names nobody. */
export function parseEnglishSubject(line: string, base: number, np: Token[], role: string | null): Mention | null {
  let ws = np.filter((t) => t.kind === "word");
  if (!ws.length) return null;
  const pos = base + ws[0].start;
  if (ws.length === 1 && PRONOUNS[lc(ws[0])]) return { kind: "pronoun", surface: "", role: null, gender: PRONOUNS[lc(ws[0])], pos };
  // "Mr. King", "Ms. Bishop": after an honorific a title word is a family name.
  const honorific = ws.length === 2 && /^(?:mr|mrs|ms|miss)\.?$/i.test(ws[0].text) && isCap(ws[1]) && TITLE_WORDS.has(lc(ws[1]));
  if (honorific) return { kind: "name", surface: line.slice(ws[0].start, ws[1].end), role: null, gender: /^mr/i.test(ws[0].text) && !/^mrs/i.test(ws[0].text) ? "m" : "f", pos };
  // A "who …" relative clause or a trailing "for the ministry" describes the speaker.
  const who = ws.findIndex((t) => lc(t) === "who");
  let extraRole: string | null = null;
  if (who > 0) {
    extraRole = line.slice(ws[who].start, ws[ws.length - 1].end);
    ws = ws.slice(0, who);
  }
  const surface = (ts: Token[]) => line.slice(ts[0].start, ts[ts.length - 1].end);
  // "in Tucson", "from March": a phrase that opens with a preposition is an adjunct, never a speaker.
  if (SUBJECT_NEVER_STARTS.has(lc(ws[0]))) return null;
  // "But police said …": a sentence-opening conjunction is no part of the speaker.
  while (ws.length > 1 && ["but", "and", "yet", "still"].includes(lc(ws[0]))) ws = ws.slice(1);
  // "Jory Penhale's statement said", "the ministry's report says": the owner of a document said it.
  const owner = ws.findIndex((t) => /['’]s?$/.test(t.text) && isCap(t));
  if (owner >= 0 && owner >= ws.length - 3 && owner < ws.length - 1 && OWNED_DOCUMENTS.has(lc(ws[ws.length - 1])) && ws.slice(owner + 1).every((t) => /^[a-z-]+$/.test(t.text))) {
    const ownerWords = ws.slice(0, owner + 1);
    const last = ownerWords[ownerWords.length - 1];
    const bare = { ...last, text: last.text.replace(/['’]s?$/, ""), end: last.end - (/s$/.test(last.text) ? 2 : 1) };
    const parsed = parseEnglishSubject(line, base, [...ownerWords.slice(0, -1), bare], role);
    if (parsed && (parsed.kind === "name" || parsed.kind === "organization")) return parsed;
  }
  const representative = representativeOf(ws);
  if (representative) {
    // "The lawyers for Okafor": several representatives are a group, still never the one they speak for.
    const kind = /s$|^spokespeople$/.test(lc(representative.head[representative.head.length - 1])) ? "group" : "title";
    return { kind, surface: surface(representative.phrase), role: surface(representative.head), gender: kind === "group" ? "pl" : null, pos, speaksFor: surface(representative.principal) };
  }
  const definite = lc(ws[0]) === "the";
  // "the 71-year-old Senate President": an age before a title says nothing of which office holder spoke.
  if (definite && ws.length > 2 && isAge(ws[1]) && (isCap(ws[2]) || TITLE_WORDS.has(lc(ws[2])))) ws = [ws[0], ...ws.slice(2)];
  // "The office of International Co-operation Minister Julian Fantino", "the campaign of Senator Ada Lowe": a body
  // someone named heads is the body, never its head.
  const body = ["the", "a", "an"].includes(lc(ws[0])) ? 1 : 0;
  if (ws.length > body + 2 && /^[a-z]+$/.test(ws[body].text) && OWNED_BODIES.has(lc(ws[body])) && lc(ws[body + 1]) === "of" && ws.slice(body + 2).some(isCap)) {
    return { kind: "organization", surface: surface(ws.slice(body)), role: null, gender: "n", pos };
  }
  // "a police spokesperson", "one resident": someone new, never a person the article named before.
  const indefinite = ws.length > 1 && ["a", "an", "one"].includes(lc(ws[0]));
  while (ws.length > 1 && ["the", "a", "an", "one"].includes(lc(ws[0]))) ws = ws.slice(1);
  if (!ws.length) return null;
  if (definite && isEpithet(ws)) return { kind: "epithet", surface: surface(ws), role: surface(ws), gender: null, pos };
  // "the Polish …" cut short: a nationality alone names nobody.
  if (definite && ws.length === 1 && isNationality(ws[0])) return null;
  // "The Public Health agency", "the state health ministry": a definite kind of body, whatever modifies it.
  const lastWord = ws[ws.length - 1];
  if (definite && ws.length >= 2 && ws.length <= 5 && /^[a-z]+$/.test(lastWord.text) && ORG_WORDS.has(lc(lastWord)) && !ws.slice(0, -1).some((t) => ROLE_HEAD_WORDS.has(lc(t)) || PRONOUNS[lc(t)] || /['’]s$/.test(t.text))) {
    return { kind: "organization", surface: surface(ws), role: null, gender: "n", pos };
  }
  const allRole = role ?? extraRole;
  // "several jurors", "two engineers", "dozens of tenants": a quantifier before a plural noun is a group.
  const quantified = QUANTIFIERS.has(lc(ws[0])) || /^\d+$/.test(ws[0].text);
  // "some Iraqis in Baghdad": a plural nationality with a qualifier is a group too (what the qualifier names is
  // where they are).
  const pluralNationality = (t: Token) => /s$/.test(t.text) && isNationality({ ...t, text: t.text.slice(0, -1) });
  const qualifier = ws.findIndex((t, x) => x > 0 && GROUP_QUALIFIERS.has(lc(t)));
  const peopleOf = (t: Token) => pluralNationality(t) && qualifier > 0;
  if (quantified && ws.length > 1 && !ws.slice(1, qualifier > 0 ? qualifier : ws.length).some((t) => isCap(t) && !peopleOf(t))) {
    const head = ws.findIndex((t, x) => x > 0 && /[a-z]s$/.test(lc(t)) && !["of", "us"].includes(lc(t)));
    if (head > 0) return { kind: "group", surface: surface(ws), role: allRole, gender: "pl", pos };
  }

  // "The source, who spoke on condition of anonymity, …", "said the source": an unnamed source by its noun alone, the
  // same one whenever the article writes it again (no named person is ever "the source").
  if (ws.length === 1 && (lc(ws[0]) === "source" || lc(ws[0]) === "insider") && (definite || indefinite)) {
    return { kind: "title", surface: surface(ws), role: surface(ws), gender: null, pos, indefinite: true };
  }
  // "according to a private TV channel", "a local radio station": an outlet described by its kind, whatever modifies it.
  // A time or place after it ("… channel on Tuesday") is no part of it.
  const outlet = ws.findIndex((t, x) => x >= 1 && x <= 3 && OUTLET_HEADS.has(lc(t)) && (x === ws.length - 1 || ADJUNCT_PREPS.has(lc(ws[x + 1]))));
  if ((definite || indefinite) && outlet > 0 && ws.slice(0, outlet).every((t) => !TITLE_WORDS.has(lc(t)) && !PRONOUNS[lc(t)] && !/['’]s$/.test(t.text))) {
    return { kind: "organization", surface: surface(ws.slice(0, outlet + 1)), role: null, gender: "n", pos };
  }
  // "A person close to the team", "a source familiar with the talks": one unnamed source and its qualifier.
  if (SOURCE_NOUNS.has(lc(ws[0])) && ws[1] && GROUP_QUALIFIERS.has(lc(ws[1])) && lc(ws[1]) !== "who") {
    return { kind: "title", surface: surface(ws), role: surface(ws), gender: null, pos };
  }
  // "a Lebanese security source", "the military source": a source described by lowercase words or a nationality.
  if (ws.length >= 2 && ws.length <= 4 && lc(ws[ws.length - 1]) === "source" && ws.slice(0, -1).every((t) => /^[a-z-]+$/.test(t.text) || isNationality(t))) {
    return { kind: "title", surface: surface(ws), role: surface(ws), gender: null, pos, ...(indefinite && { indefinite }) };
  }
  // "Residents of the nearby town of Port Elsby", "Sources familiar with the case": a plural group noun and its
  // qualifier is the group, whatever names the qualifier holds.
  const groupHead = (GROUP_NOUNS.has(lc(ws[0])) && /s$|^police$|^people$/.test(lc(ws[0]))) || COLLECTIVE_PEOPLE.has(lc(ws[0]));
  if (groupHead && ws[1] && GROUP_QUALIFIERS.has(lc(ws[1]))) {
    return { kind: "group", surface: surface(ws), role: allRole, gender: "pl", pos };
  }
  // "a report by the World Bank", "a statement from the ministry": the body is the source.
  const by = ws.findIndex((t) => lc(t) === "by" || lc(t) === "from");
  if (by > 0 && DOCUMENT_NOUNS.has(lc(ws[by - 1]))) {
    // "… by the firm Ardent Labs published in March": the participle and what follows describe the document.
    const rest = ws.slice(by + 1);
    const cut = rest.findIndex((t, x) => x > 0 && /^[a-z]+ed$/.test(t.text) && (isCap(rest[x - 1]) || ADJUNCT_PREPS.has(lc(rest[x + 1])) || !rest[x + 1]));
    const author = cut > 0 ? rest.slice(0, cut) : rest;
    const parsed = parseEnglishSubject(line, base, author, null);
    if (parsed) return parsed;
    // "a report by the provincial auditor": an office written in lowercase ("the <adjectives> auditor") is the body.
    const office = author.length >= 2 && author.length <= 4 && lc(author[0]) === "the" && author.slice(1).every((t) => /^[a-z][a-z-]+$/.test(t.text))
      && /(?:or|er|ist|ian|ary)$/.test(lc(author[author.length - 1]));
    if (office) return { kind: "organization", surface: surface(author.slice(1)), role: null, gender: "n", pos };
    // "a report by the commission's own staff": the staff of a lowercase body is its author.
    const staff = author.length >= 3 && author.length <= 5 && lc(author[0]) === "the" && /^[a-z][a-z-]+['’]s$/.test(author[1].text)
      && author.slice(2).every((t) => /^[a-z]+$/.test(t.text)) && STAFF_NOUNS.has(lc(author[author.length - 1]));
    // No body is named, so the source is the document itself ("report by the commission's own staff").
    return staff ? { kind: "organization", surface: surface([ws[by - 1], ...author]), role: null, gender: "n", pos } : null;
  }
  // "Spain's state weather agency AEMET", "the national statistics office INSTAT": a lowercase kind of body, then its name.
  const o = ws.map((t) => ORG_WORDS.has(lc(t)) && /^[a-z]/.test(t.text)).lastIndexOf(true);
  if (o > 0 && o < ws.length - 1 && ws.length - o <= 4 && ws.slice(o + 1).every(isCap) && ws.slice(0, o).every((t) => !isCap(t) || /['’]s$/.test(t.text))) {
    return { kind: "organization", surface: surface(ws.slice(o + 1)), role: surface(ws.slice(0, o + 1)), gender: "n", pos };
  }
  // "the state Department of Transportation published in March": a capitalized body name and no
  // person's name beside it is the organization itself.
  const org = organizationSpan(ws);
  if (org) return { kind: "organization", surface: surface(org), role: null, gender: "n", pos };
  // Names: the capitalized words after the last title ("State Insurance Commissioner Robert Lindqvist"),
  // else the last run of capitalized words that are not titles.
  let capitalRun: Token[] = [];
  let roleEnd = 0;
  const titled = nameAfterTitle(ws);
  if (titled) ({ capitalRun, roleEnd } = titled);
  else {
    for (let k = 0; k < ws.length; k++) {
      const t = ws[k];
      const l = lc(t);
      const title = TITLE_WORDS.has(l) && !(capitalRun.length && !ROLE_HEAD_WORDS.has(l) && isCap(t)) && !familyNameAfterInitial(ws, k);
      // "New York", "New Hampshire": "new" capitalized before another capitalized word opens a place's name.
      const common = (NP_WORDS.has(l) || GROUP_NOUNS.has(l)) && !(l === "new" && isCap(t) && !!ws[k + 1] && isCap(ws[k + 1]));
      if (isCap(t) && !title && !ORG_WORDS.has(l) && !common && (!TIME_WORDS_EN.has(l) || familyNameAfterGiven(ws, k))) capitalRun.push(t);
      else if (capitalRun.length && PARTICLES.has(l)) capitalRun.push(t);
      else if (capitalRun.length) break;
      else roleEnd = k + 1;
    }
    // "an official in Punjab's environment department", "Ruiz's lawyer": a possessive names the owner, not the speaker;
    // "Google's Sundar Pichai": the owner before a name is no part of it.
    const possessive = (t: Token) => /['’]s$/.test(t.text);
    if (capitalRun.length && possessive(capitalRun[capitalRun.length - 1])) capitalRun = [];
    const owner = capitalRun.map(possessive).lastIndexOf(true);
    if (owner >= 0) {
      roleEnd = ws.indexOf(capitalRun[owner]) + 1;
      capitalRun = capitalRun.slice(owner + 1);
    }
  }
  // "His team, Liberta-Nordhaus,": a name introduced as a kind of body is that body.
  if (capitalRun.length && capitalRun.length === ws.length && allRole && BODY_ROLE.test(allRole.trim())) return { kind: "organization", surface: surface(ws), role: allRole, gender: "n", pos };
  // "Meridian Mutual, which covers …": "which" describes a thing, not a person.
  if (capitalRun.length && allRole && /^which\b/i.test(allRole.trim())) return { kind: "organization", surface: surface(ws), role: null, gender: "n", pos };
  const lowered = ws.map(lc);
  if (!titled && servesBody(ws, capitalRun)) return { kind: "title", surface: surface(ws), role: surface(ws), gender: null, pos, ...(indefinite && { indefinite }) };
  const orgIdx = lowered.findIndex((w) => ORG_WORDS.has(w));
  // "Robert Dunmore of the Maritime Accident Board": a personal name (two or more words) then "of" the body it serves.
  const personOfBody = capitalRun.length >= 2 && lc(ws[ws.indexOf(capitalRun[capitalRun.length - 1]) + 1]) === "of" && bareName(capitalRun) && orgIdx > ws.indexOf(capitalRun[capitalRun.length - 1]);
  if (personOfBody) {
    const at = ws.indexOf(capitalRun[capitalRun.length - 1]) + 1;
    const gender: Gender = givenNameGender(capitalRun[0].text);
    const titles = ws.slice(0, ws.indexOf(capitalRun[0]));
    const role = [titles.length ? surface(titles) : null, surface(ws.slice(at)), allRole].filter(Boolean).join(" ");
    return { kind: "name", surface: surface(capitalRun), role, gender, pos };
  }
  if (!titled && capitalRun.length && orgIdx >= 0 && ws.every((t) => isCap(t) || ["of", "for", "the", "and"].includes(lc(t)))) {
    return { kind: "organization", surface: surface(ws), role: null, gender: "n", pos };
  }
  if (capitalRun.length && !ws.slice(ws.indexOf(capitalRun[capitalRun.length - 1]) + 1).some((t) => GROUP_NOUNS.has(lc(t)))) {
    const first = lc(capitalRun[0]);
    const titles = lowered.slice(0, roleEnd);
    const gender: Gender = titleGender(titles) ?? (capitalRun.length > 1 ? givenNameGender(first) : FEMALE_NAMES.has(first) ? "f" : MALE_NAMES.has(first) ? "m" : null);
    let roleWords = ws.slice(0, roleEnd).filter((t) => !["mr.", "mrs.", "ms.", "mr", "mrs", "ms"].includes(lc(t)));
    // "Councillor Ngozi Okafor and Treasurer Paul Devereux": a joint subject; the other person is no part of the role.
    const joint = roleWords.map(lc).lastIndexOf("and");
    if (joint > 0 && roleWords.slice(0, joint).some(isNameWord)) roleWords = roleWords.slice(joint + 1);
    // "Sen. Ada Lowe, who chairs …": an abbreviated title keeps the apposition beside it.
    const abbreviated = roleWords.length > 0 && roleWords.every((t) => lc(t).replace(/\.$/, "") in TITLE_ABBREVIATIONS);
    const role = roleWords.length ? (abbreviated && allRole ? `${surface(roleWords)}, ${allRole}` : surface(roleWords)) : allRole;
    const after = ws.slice(ws.indexOf(capitalRun[capitalRun.length - 1]) + 1);
    // "the former chief executive of Brightline", "Mayor of Ashby": a title and the body or place it is of names a
    // person by that title, never the body.
    const at = ws.indexOf(capitalRun[0]);
    if (!titled && !after.length && at >= 2 && lc(ws[at - 1]) === "of" && ROLE_HEAD_WORDS.has(lc(ws[at - 2]))) {
      return { kind: "title", surface: surface(ws), role: surface(ws), gender: null, pos, ...(indefinite && { indefinite }) };
    }
    // "The Chilean minister", "the White House spokesman": capitalized modifiers of a title with no name after it.
    if (!titled && after.length && after.every((t) => !isCap(t) || TITLE_WORDS.has(lc(t))) && (ROLE_HEAD_WORDS.has(lc(after[after.length - 1])) || isPersonHead(after[after.length - 1]))) {
      return { kind: "title", surface: surface(ws), role: surface(ws), gender: null, pos, ...(indefinite && { indefinite }) };
    }
    // "The Public Health agency": capitalized modifiers of a lowercase kind of body name no person.
    if (!titled && after.length && after.every((t) => !isCap(t)) && ORG_WORDS.has(lc(after[after.length - 1]))) {
      return { kind: "organization", surface: surface(ws), role: null, gender: "n", pos };
    }
    // "the security firm Ardent Labs": a name introduced by a kind of body is that body.
    if (!titled && roleWords.length && ORG_WORDS.has(lc(roleWords[roleWords.length - 1])) && !roleWords.some((t) => ROLE_HEAD_WORDS.has(lc(t)))) {
      return { kind: "organization", surface: surface(capitalRun), role: surface(roleWords), gender: "n", pos };
    }
    if (capitalRun.length === 1 && roleWords.every((t) => !isCap(t) && !TITLE_WORDS.has(lc(t))) && ws.length > 1 && !GROUP_NOUNS.has(lowered[lowered.length - 1])) {
      // "U.S. officials" is a group, "Ruiz" a person; a lone capital before other words is an adjective ("a private TV channel").
      if (ws.indexOf(capitalRun[0]) !== ws.length - 1) return null;
    }
    // "said Capt." with no name after it: a title alone, never a name.
    if (capitalRun.every((t) => isBareTitle(t.text))) return { kind: "title", surface: surface(capitalRun), role: surface(capitalRun), gender, pos };
    return { kind: "name", surface: surface(capitalRun), role, gender, pos };
  }
  // The head noun comes before any prepositional phrase: "two senior officials at the ministry".
  const pp = lowered.findIndex((w, x) => x > 0 && ["at", "of", "from", "in", "on", "for", "with", "familiar", "close", "who", "speaking"].includes(w));
  const last = lowered[(pp > 0 ? pp : lowered.length) - 1];
  if (GROUP_NOUNS.has(last)) return { kind: "group", surface: surface(ws), role: allRole, gender: "pl", pos };
  if (lowered.some((w) => ROLE_HEAD_WORDS.has(w)) || isPersonHead(ws[(pp > 0 ? pp : ws.length) - 1])) return { kind: "title", surface: surface(ws), role: surface(ws), gender: null, pos, ...(indefinite && { indefinite }) };
  if (ORG_WORDS.has(last)) return { kind: "organization", surface: surface(ws), role: null, gender: "n", pos };
  return null;
}

/** A lowercase noun whose first sense is a person ("witness", "photographer", "trader"). */
const isPersonHead = (t: Token | undefined) => !!t && /^[a-z][a-z-]*$/.test(t.text) && PERSON_HEAD_NOUNS.has(t.text);
const SERVICE_PREPS = new Set(["of", "at", "from", "with", "in", "for"]);

/** "an official of the Kenya Space Agency", "a director at the Central Bank of Nigeria": a title or a person noun opening
 *  the phrase, a preposition, then a body's name ("the" before it, or a body word in it). The body is where the person
 *  works, never their name. */
function servesBody(ws: Token[], capitalRun: Token[]): boolean {
  const at = capitalRun.length ? ws.indexOf(capitalRun[0]) : -1;
  const h = ws.findIndex((t) => /^[a-z]/.test(t.text) && (ROLE_HEAD_WORDS.has(lc(t)) || isPersonHead(t)));
  if (at < 0 || h < 0 || h + 2 > at || !SERVICE_PREPS.has(lc(ws[h + 1])) || ws.slice(0, h).some(isCap)) return false;
  const body = ws.slice(h + 2);
  if (body.some((t) => !isCap(t) && !["the", "of", "for", "and", "on", "&", "to"].includes(lc(t)))) return false;
  return lc(ws[at - 1]) === "the" || body.some((t) => isCap(t) && ORG_WORDS.has(lc(t)));
}

/** Kinds of news outlet ("a private TV channel", "a local radio station"). */
const OUTLET_HEADS = new Set(["channel", "station", "broadcaster", "tabloid", "magazine", "website"]);

/** Bodies a person heads or runs, named "the office of X" and never X. */
const OWNED_BODIES = new Set(["office", "campaign", "camp", "team", "government", "administration", "cabinet", "family", "staff", "foundation"]);

/** People who speak for someone else: "a spokesperson for Gov. X" is not X. */
const REPRESENTATIVE_NOUNS = new Set(["spokesperson", "spokesman", "spokeswoman", "aide", "adviser", "advisor", "lawyer", "attorney", "representative", "assistant", "staffer", "publicist", "agent"]);

/** "A spokesperson for Gov. Helen Marsh", "an aide to Senator Ross", "a lawyer for Mr. Diaz": an article, at most two
 *  modifiers and a representative noun, then for/to/of and a capitalized name. The speaker is the unnamed
 *  representative, never the person they speak for. */
function representativeOf(ws: Token[]): { phrase: Token[]; head: Token[]; principal: Token[] } | null {
  if (!["a", "an", "the"].includes(lc(ws[0]))) return null;
  const representativeNoun = (w: string) => REPRESENTATIVE_NOUNS.has(w) || REPRESENTATIVE_NOUNS.has(w.replace(/s$/, "")) || w === "spokespeople";
  const h = ws.findIndex((t, x) => x >= 1 && x <= 3 && representativeNoun(lc(t)));
  if (h < 0 || !ws.slice(1, h).every((t) => /^[a-z-]+$/.test(t.text)) || !["for", "to", "of"].includes(lc(ws[h + 1]))) return null;
  const rest = ws.slice(h + 2);
  if (!rest.some((t) => isCap(t) && !TITLE_WORDS.has(lc(t)) && !isBareTitle(t.text))) return null;
  return { phrase: ws.slice(1), head: ws.slice(1, h + 1), principal: rest };
}

const PERSON_MODIFIERS = new Set(["veteran", "former", "defending", "reigning", "retired", "longtime", "embattled", "outgoing", "beleaguered"]);
const isNationality = (t: Token) => isCap(t) && /(?:ish|ian|ese|an|ic|i|ch)$/.test(t.text) && !TITLE_WORDS.has(lc(t)) && !ORG_WORDS.has(lc(t));
const isAge = (t: Token) => /^\d{1,3}-year-old$/i.test(t.text);

/** "the Polish grandmaster", "the veteran striker", "the 24-year-old": a definite description that says who a
 *  person is (nationality, age, career) rather than their office; the head is no title, body or group word. */
function isEpithet(ws: Token[]): boolean {
  if (ws.length === 1) return isAge(ws[0]) || PERSON_NOUNS.has(lc(ws[0]));
  if (ws.length > 4) return false;
  const head = ws[ws.length - 1];
  const h = lc(head);
  if (!/^[a-z-]+$/.test(head.text) || /s$/.test(h) || TITLE_WORDS.has(h) || ORG_WORDS.has(h) || GROUP_NOUNS.has(h) || NP_WORDS.has(h) || DOCUMENT_NOUNS.has(h)) return false;
  const mods = ws.slice(0, -1);
  // "the billionaire", "the Republican nominee", "the real estate mogul": a noun only a person is called.
  const modifier = (t: Token) => isNationality(t) || isAge(t) || /^[a-z-]+$/.test(t.text) || PARTY_WORDS.has(lc(t));
  return (PERSON_NOUNS.has(h) || mods.some((t) => isNationality(t) || isAge(t) || PERSON_MODIFIERS.has(lc(t)))) && mods.every(modifier);
}

/** Nouns an article calls a person it already named by ("the billionaire said", "the Republican nominee added"). */
const PERSON_NOUNS = new Set(["billionaire", "businessman", "businesswoman", "mogul", "tycoon", "magnate", "nominee", "candidate", "contender", "front-runner", "frontrunner", "hopeful", "challenger", "incumbent", "lawmaker", "legislator", "politician", "congressman", "congresswoman", "philanthropist", "entrepreneur", "investor", "heiress", "actor", "actress", "singer", "rapper", "comedian", "host", "anchor", "pundit", "commentator", "novelist", "filmmaker", "playwright", "preacher", "pastor", "cleric", "rabbi", "imam", "monarch", "strongman", "autocrat", "dictator", "veteran", "firebrand", "populist", "mayor-elect", "president-elect", "governor-elect", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher", "batsman", "bowler", "champion", "grandmaster", "winger"]);
const PARTY_WORDS = new Set(["republican", "democratic", "democrat", "gop", "conservative", "liberal", "labour", "tory", "green", "independent", "libertarian"]);

const OBJECT_PRONOUNS: Record<string, Gender> = { him: "m", her: "f", them: "pl" };
/** "…, he said, before leaving", "…, she said, and …": what follows the aside's comma is no statement of the cue's. */
const FINITE_WORDS = new Set(["is", "are", "was", "were", "am", "will", "would", "has", "have", "had", "can", "could", "should", "may", "might", "must", "do", "does", "did", "shall"]);
const ASIDE_SUBORDINATORS = new Set(["if", "when", "while", "although", "though", "because", "since", "unless", "once", "whether", "whereas"]);
/** A word that opens a clause of its own after the aside (a determiner or a subject pronoun), not a verb for the subject before it. */
const ASIDE_SUBJECT_WORDS = new Set(["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "we", "i", "he", "she", "they", "it", "there"]);
const ASIDE_TAIL_NEVER = new Set(["and", "but", "or", "before", "after", "as", "while", "when", "until", "in", "on", "at", "during", "with", "without", "for", "to", "from", "by", "who", "which", "where", "adding", "saying"]);
// "what the senators said was …": a free relative is no speaker.
const SUBJECT_NEVER_STARTS = new Set(["in", "on", "at", "from", "to", "into", "with", "by", "for", "of", "during", "after", "before", "since", "near", "outside", "inside", "under", "over", "what"]);
const QUANTIFIERS = new Set(["several", "some", "many", "few", "most", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "numerous", "other", "various", "both"]);
/** What a speaker issues in their own name: "X's statement said" is X speaking. */
const OWNED_DOCUMENTS = new Set(["statement", "letter", "tweet", "post", "report", "memo", "filing", "speech", "remarks", "website", "ad", "advert", "op-ed", "column", "book", "affidavit", "testimony", "announcement", "release"]);
export const DOCUMENT_NOUNS = new Set(["report", "statement", "study", "survey", "analysis", "letter", "audit", "review", "poll", "assessment", "investigation", "filing", "memo"]);

const isNameWord = (t: Token) => isCap(t) && !TIME_WORDS_EN.has(lc(t)) && !TITLE_WORDS.has(lc(t)) && !ORG_WORDS.has(lc(t)) && !NP_WORDS.has(lc(t)) && !GROUP_NOUNS.has(lc(t));

/** "Theresa May", "Brian May", "Judy King": a month's name or a title word right after a given name, and ending
 *  the name, is a family name. After a full name a day's name is a date ("Sergio Massa Wednesday denied"), however
 *  many name tables know the word before it as a given name; a month's name stays the family name there too (a
 *  date names its day: "May 5"), as in "Mary Anne May said". */
const familyNameAfterGiven = (ws: Token[], k: number) =>
  k > 0 && isCap(ws[k]) && givenNameGender(ws[k - 1].text) !== null && !(k > 1 && isNameWord(ws[k - 2]) && DAY_WORDS_EN.has(lc(ws[k]))) && !/^\d/.test(ws[k + 1]?.text ?? "") && !(ws[k + 1] && isCap(ws[k + 1]));
/** "Peter T. King", "Mary J. Bishop": a title word right after a middle initial, and ending the name, is the family name. */
const familyNameAfterInitial = (ws: Token[], k: number) =>
  k > 1 && /^[A-Z]\.$/.test(ws[k - 1].text) && isNameWord(ws[k - 2]) && isCap(ws[k]) && !TIME_WORDS_EN.has(lc(ws[k])) && !(ws[k + 1] && isCap(ws[k + 1]));

/** The name right after the phrase's last title word: "Deputy District Attorney Marcus Hale" → Marcus Hale. */
function nameAfterTitle(ws: Token[]): { capitalRun: Token[]; roleEnd: number } | null {
  for (let k = ws.length - 2; k >= 0; k--) {
    if (!ROLE_HEAD_WORDS.has(lc(ws[k])) || !isNameWord(ws[k + 1])) continue;
    let e = k + 1;
    while (e < ws.length && (isNameWord(ws[e]) || (e > k + 1 && (PARTICLES.has(lc(ws[e])) || familyNameAfterGiven(ws, e) || familyNameAfterInitial(ws, e))))) e++;
    return { capitalRun: ws.slice(k + 1, e), roleEnd: k + 1 };
  }
  return officeOfThenName(ws);
}

/** "County Supervisor of Elections Susan Bucher", "Secretary of Homeland Security Jeh Johnson": a title, "of" and the
 *  capitalized office it holds, then the name closing the phrase. The name is the last run of name words, from its
 *  given name when one is known ("Elections Susan Bucher" → Susan Bucher), else its last two words. */
function officeOfThenName(ws: Token[]): { capitalRun: Token[]; roleEnd: number } | null {
  const k = ws.findIndex((t, x) => ROLE_HEAD_WORDS.has(lc(t)) && lc(ws[x + 1]) === "of");
  if (k < 0 || ws.length - (k + 2) < 2 || !ws.slice(k + 2).every((t) => isCap(t) || PARTICLES.has(lc(t)))) return null;
  let from = ws.length;
  while (from - 1 > k + 2 && (isNameWord(ws[from - 1]) || (PARTICLES.has(lc(ws[from - 1])) && from < ws.length))) from--;
  const run = ws.slice(from);
  if (run.length < 2 || !isNameWord(run[0])) return null;
  const given = run.findIndex((t, x) => x < run.length - 1 && givenNameGender(t.text) !== null);
  const start = given > 0 ? from + given : run.length > 2 ? ws.length - 2 : from;
  return { capitalRun: ws.slice(start), roleEnd: start };
}

/** A capitalized name of a body ("Department of Transportation", "Coastal Resilience Institute") when the
 *  phrase holds no other capitalized name; lowercase modifiers and trailing participles are left out. */
function organizationSpan(ws: Token[]): Token[] | null {
  const JOIN = new Set(["of", "for", "the", "and", "on", "&"]);
  const at = ws.findIndex((t) => isCap(t) && ORG_WORDS.has(lc(t)));
  if (at < 0 || nameAfterTitle(ws)) return null;
  let s = at;
  while (s > 0 && (isCap(ws[s - 1]) || /['’]s?$/.test(ws[s - 1].text)) && !ROLE_HEAD_WORDS.has(lc(ws[s - 1]))) s--;
  let e = at + 1;
  // A day or a month ("Union on Tuesday", "Party in March") is an adjunct, never part of the name.
  const partOfName = (t: Token | undefined) => !!t && isCap(t) && !TIME_WORDS_EN.has(lc(t));
  // "Committee to Protect Journalists": "to" after a body word opens the rest of its name.
  const joins = (x: number) => JOIN.has(lc(ws[x])) || (lc(ws[x]) === "to" && ORG_WORDS.has(lc(ws[x - 1])));
  while (e < ws.length && (partOfName(ws[e]) || (joins(e) && partOfName(ws[e + 1])))) e++;
  const span = ws.slice(s, e);
  // "the Senate President", "Reserve Bank Governor": a title right after the body's name is its holder, a person.
  if (span.length >= 2 && ROLE_HEAD_WORDS.has(lc(span[span.length - 1])) && ORG_WORDS.has(lc(span[span.length - 2])) && e === ws.length) return null;
  // What follows the name after a lowercase word ("published in March") no longer describes the speaker.
  const tail = ws.slice(e);
  // "Hospital managers", "Union officials": the body only modifies the real head.
  if (tail[0] && (GROUP_NOUNS.has(lc(tail[0])) || TITLE_WORDS.has(lc(tail[0])) || isPersonHead(tail[0]))) return null;
  const cut = tail.findIndex((t) => !isCap(t));
  const outside = [...ws.slice(0, s), ...(cut < 0 ? tail : tail.slice(0, cut))];
  if (outside.some((t) => isNameWord(t) || ROLE_HEAD_WORDS.has(lc(t)))) return null;
  return span;
}

const NP_OK = (t: Token) => t.kind === "word" && (isCap(t) || NP_WORDS.has(lc(t)) || TITLE_WORDS.has(lc(t)) || GROUP_NOUNS.has(lc(t)) || ORG_WORDS.has(lc(t)) || PARTICLES.has(lc(t)) || /['’]s$/.test(t.text) || /^\d+$/.test(t.text) || !!PRONOUNS[lc(t)]);

/** The speaker phrase that ends right before index `i` (and its apposition, if set off by commas). */
function subjectLeft(tokens: Token[], i: number): { np: Token[]; role: Token[]; from: number } | null {
  let k = beforeSentenceAdverb(tokens, i - 1);
  // "has firmly denied": a manner adverb between an auxiliary and the verb.
  if (/^[a-z]{3,}ly$/.test(tokens[k]?.text ?? "") && ["has", "have", "had"].includes(lc(tokens[k - 1]))) k--;
  while (k >= 0 && AUXILIARIES.has(lc(tokens[k]))) k--;
  k = beforeMediumOrTime(tokens, k);
  while (k >= 0 && AUXILIARIES.has(lc(tokens[k]))) k--;
  k = beforeBrackets(tokens, k);
  let role: Token[] = [];
  if (tokens[k]?.kind === "comma") {
    // "Ruiz, the city's mayor, said" / "Ruiz, who leads the council, said"
    let c = k - 1;
    while (c >= 0 && tokens[c].kind === "word" && k - c < APPOSITION_WORDS) c--;
    if (tokens[c]?.kind !== "comma") return null;
    // "X, who runs a bakery in Tucson, Arizona, said": a place after a comma ends a longer apposition.
    const allCaps = tokens.slice(c + 1, k).every((t) => isCap(t));
    if (allCaps && k - c <= 4) {
      let c2 = c - 1;
      while (c2 >= 0 && tokens[c2].kind === "word" && c - c2 < 14) c2--;
      const opens = tokens[c2 + 1];
      if (tokens[c2]?.kind === "comma" && opens && c2 + 1 < c && (APPOSITION_OPENERS.has(lc(opens)) || /^\d+$/.test(opens.text))) c = c2;
    }
    role = tokens.slice(c + 1, k);
    k = beforeBrackets(tokens, c - 1);
    // "Keisha Ray, director of the Harbor Tenants Project, an advocacy group, said": an indefinite apposition naming
    // a kind of body describes the body the role names; the person is the name before that role.
    // "Henrik Lund, chief executive of Nordwind, the German utility leading the consortium, said": likewise for a
    // definite apposition whose head, among its first words, is a kind of body.
    const describesBody = (["a", "an"].includes(lc(role[0])) && BODY_KINDS.has(lc(role[role.length - 1])))
      || (["a", "an", "the"].includes(lc(role[0])) && role.slice(1, 4).some((t) => /^[a-z]+$/.test(t.text) && (BODY_KINDS.has(lc(t)) || ORG_WORDS.has(lc(t)))));
    if (describesBody) {
      let c2 = c - 1;
      while (c2 >= 0 && tokens[c2].kind === "word" && c - c2 < 14) c2--;
      const held = tokens.slice(c2 + 1, c);
      let b = c2 - 1;
      while (b >= 0 && tokens[b].kind === "word" && c2 - 1 - b < 6) b--;
      const name = tokens.slice(b + 1, c2);
      if (tokens[c2]?.kind === "comma" && held.length >= 2 && /^[a-z]/.test(held[0].text) && titledName(name) && (b < 0 || tokens[b].kind !== "word")) {
        return { np: name, role: held, from: b + 1 };
      }
    }
    // "Jory Penhale, the councillor of Penzance, one of the towns suing the board, said", "X, executive director of
    // the Y PAC, a Democratic super PAC, said": a name, a description and a second apposition.
    if (APPOSITION_OPENERS.has(lc(role[0]))) {
      let c2 = c - 1;
      while (c2 >= 0 && tokens[c2].kind === "word" && c - c2 < 14) c2--;
      const described = tokens.slice(c2 + 1, c);
      let b = c2 - 1;
      while (b >= 0 && tokens[b].kind === "word" && c2 - 1 - b < 5) b--;
      const name = tokens.slice(b + 1, c2);
      if (tokens[c2]?.kind === "comma" && described.length >= 2 && /^[a-z]/.test(described[0].text) && titledName(name) && (b < 0 || tokens[b].kind !== "word")) {
        return { np: name, role: [...described, ...role], from: b + 1 };
      }
    }
    // "Thomas Greer, 61, a retired bus driver …, said": an age between the name and the apposition.
    if (/^\d{1,3}$/.test(tokens[k]?.text ?? "") && tokens[k - 1]?.kind === "comma" && tokens[k - 2] && isCap(tokens[k - 2])) k -= 2;
    // "the head of pulmonology, Dr Naveed Haq, said": an honorific before the name set off by commas.
    const honorifics = role.findIndex((t) => !isBareTitle(t.text) || isNameWord(t));
    if (bareName(role.slice(Math.max(0, honorifics)))) {
      // "The company's security chief, J.D. Harlan, said": the name set off by commas is the speaker.
      let s = k;
      // "… whereas the coach, Ebo Quaye, said": the lead starts after a word joining it to another clause ("and" may
      // join the words of a title: "The justice and constitutional affairs minister, Kahinda Otafiire, said").
      while (s >= 0 && tokens[s].kind === "word" && k - s < 12 && !(s < k && CLAUSE_JOINERS.has(lc(tokens[s])))) s--;
      const lead = tokens.slice(s + 1, k + 1);
      if (!lead.length) return null;
      if (lead.some((t) => TITLE_WORDS.has(lc(t)) || ORG_WORDS.has(lc(t)))) return { np: role, role: lead, from: s + 1 };
      // "his uncle, Ama Boateng, said", "the coach, Ebo Quaye, argued": a described person, then their name.
      const described = describedLead(lead);
      if (described > 0) return { np: role, role: lead.slice(-described), from: k - described + 1 };
    }
    // "His team, Liberta-Nordhaus, said": a kind of body, then its one-word name set off by commas;
    // "Smith's wife, Anna, said": likewise a relative and a given name.
    const leadWords = tokens.slice(Math.max(0, k - 2), k + 1);
    if (role.length === 1 && isNameWord(role[0]) && k >= 0 && (isBodyLead(leadWords) || isRelationLead(leadWords))) {
      let from = k;
      while (from > 0 && tokens[from - 1].kind === "word") from--;
      if (k - from <= 2) return { np: role, role: tokens.slice(from, k + 1), from };
    }
  }
  const body = definiteBodyStart(tokens, k);
  if (body !== null) return { np: tokens.slice(body, k + 1), role, from: body };
  let s = k;
  // "several jurors", "two local engineers": a quantifier, at most one modifier, then any plural noun.
  const q = [k - 1, k - 2].find((x) => QUANTIFIERS.has(lc(tokens[x])) && tokens.slice(x + 1, k).every((t) => t.kind === "word" && /^[a-z]/.test(t.text)));
  if (q !== undefined && /^[a-z]+s$/.test(tokens[k]?.text ?? "") && tokens[k].kind === "word") {
    s = q - 1;
    if (["the", "a"].includes(lc(tokens[s]))) s--;
    return { np: tokens.slice(s + 1, k + 1), role, from: s + 1 };
  }
  while (s >= 0 && NP_OK(tokens[s]) && k - s < 8) {
    if (PRONOUNS[lc(tokens[s])] && s !== k) break;
    s--;
  }
  // "A city hall official said": an indefinite article, up to three plain lowercase words and a title opening the clause.
  const a = [s - 1, s - 2, s - 3].find((x) => x >= 0 && ["a", "an"].includes(lc(tokens[x])) && (x === 0 || tokens[x - 1].kind !== "word"));
  if (a !== undefined && ROLE_HEAD_WORDS.has(lc(tokens[k])) && tokens.slice(a + 1, s + 1).every((t) => t.kind === "word" && /^[a-z]+$/.test(t.text) && !isVerb(t) && !SUBJECT_NEVER_STARTS.has(lc(t)))) {
    return { np: tokens.slice(a, k + 1), role, from: a };
  }
  if (s === k) {
    // "The Polish grandmaster acknowledged …": an epithet ends on a common noun no list holds.
    const the = [k - 1, k - 2, k - 3].find((x) => lc(tokens[x]) === "the" && tokens.slice(x, k + 1).every((t) => t.kind === "word"));
    return the !== undefined && isEpithet(tokens.slice(the + 1, k + 1)) ? { np: tokens.slice(the, k + 1), role: [], from: the } : null;
  }
  // ", the provider Meridian Fiber said": a definite common noun that says what kind the named speaker is.
  if (s >= 1 && s < k && isCap(tokens[s + 1]) && /^[a-z]+$/.test(tokens[s]?.text ?? "") && tokens[s].kind === "word" && !isVerb(tokens[s])
    && !SUBJECT_NEVER_STARTS.has(lc(tokens[s])) && lc(tokens[s - 1]) === "the" && (s === 1 || tokens[s - 2].kind === "comma")) s -= 2;
  // "local business owners": one ordinary modifier word before a group noun.
  if (GROUP_NOUNS.has(lc(tokens[k])) && tokens[s]?.kind === "word" && /^[a-z]/.test(tokens[s].text) && (s === 0 || tokens[s - 1].kind !== "word" || NP_OK(tokens[s - 1]))) s--;
  const np = tokens.slice(s + 1, k + 1);
  if (PRONOUNS[lc(np[np.length - 1])] && np.length > 1) return { np: np.slice(-1), role: [], from: k };
  // "Dwayne Castillo, a spokesperson for the park service, which provided …, said": the relative describes the
  // body; the apposition before it describes the person named before that.
  if (role.length && ["which", "whose"].includes(lc(role[0])) && tokens[s]?.kind === "comma" && ["a", "an", "the"].includes(lc(np[0]))) {
    let b = s - 1;
    while (b >= 0 && tokens[b].kind === "word" && s - 1 - b < 5) b--;
    const name = tokens.slice(b + 1, s);
    if (bareName(name) && (b < 0 || tokens[b].kind !== "word")) return { np: name, role: np, from: b + 1 };
  }
  // "Stacy Baker of Columbia, South Carolina said": a town and its state after the name; the name is the speaker.
  if (!role.length && tokens[s]?.kind === "comma" && np.length <= 3 && np.every((t) => isCap(t))) {
    let o = s - 1;
    while (o >= 0 && isCap(tokens[o]) && s - o <= 4) o--;
    if (o < s - 1 && lc(tokens[o]) === "of") {
      let b = o - 1;
      while (b >= 0 && tokens[b].kind === "word" && o - 1 - b < 6) b--;
      const name = tokens.slice(b + 1, o);
      if (titledName(name) && (b < 0 || tokens[b].kind !== "word")) return { np: name, role: tokens.slice(o, k + 1), from: b + 1 };
    }
  }
  // "Osea Waqawai, the head of the yavusa Nasinu said": an apposition whose closing comma is missing. The words the
  // verb follows are the object of its preposition (the place or body the role is of); the speaker is the name before
  // the opening comma.
  if (!role.length && tokens[s]?.kind === "word") {
    const unclosed = unclosedApposition(tokens, s + 1, k);
    if (unclosed) return unclosed;
  }
  const people = role.length ? null : peopleOfListedPlaces(tokens, k);
  if (people) return people;
  // "Information Minister, Lai Mohammed said": a capitalized title set off by a comma right before the name is its role.
  if (!role.length && tokens[s]?.kind === "comma" && bareName(np)) {
    let b = s - 1;
    while (b >= 0 && tokens[b].kind === "word" && isCap(tokens[b]) && s - 1 - b < 5) b--;
    const title = tokens.slice(b + 1, s);
    if (title.length && ROLE_HEAD_WORDS.has(lc(title[title.length - 1])) && (b < 0 || tokens[b].kind !== "word")) return { np, role: title, from: b + 1 };
  }
  return { np, role, from: s + 1 };
}

const APPOSITION_PREPOSITIONS = new Set(["of", "from", "in", "at", "for"]);

/** "Name, the head of the yavusa Nasinu said": the phrase read before the verb (from index `np` to `k`) closes an
 *  apposition opened by a comma after a name at the clause start, and a preposition inside that apposition governs it:
 *  the name is the speaker and the apposition its role. Null for anything else. */
function unclosedApposition(tokens: Token[], np: number, k: number): ReturnType<typeof subjectLeft> {
  let c = np - 1;
  while (c >= 0 && tokens[c].kind === "word" && k - c < 14) c--;
  if (tokens[c]?.kind !== "comma") return null;
  const described = tokens.slice(c + 1, k + 1);
  const before = np - (c + 1);
  if (before < 3 || !["the", "a", "an"].includes(lc(described[0]))) return null;
  if (!described.slice(1, before).some((t) => APPOSITION_PREPOSITIONS.has(lc(t)))) return null;
  let b = c - 1;
  while (b >= 0 && tokens[b].kind === "word" && c - 1 - b < 6) b--;
  const name = tokens.slice(b + 1, c);
  if (!titledName(name) || (b >= 0 && tokens[b].kind === "word")) return null;
  return { np: name, role: described, from: b + 1 };
}

const SENTENCE_ADVERBS = new Set(["however", "though", "meanwhile", "nevertheless", "nonetheless", "instead", "therefore"]);

/** "Simsokwe, however, disputed", "Simsokwe, however disputed", "Simsokwe however said": a sentence adverb (and the
 *  commas around it) between the subject and its verb is no part of the subject; the index before it. */
function beforeSentenceAdverb(tokens: Token[], k: number): number {
  const at = tokens[k]?.kind === "comma" ? k - 1 : k;
  if (!SENTENCE_ADVERBS.has(lc(tokens[at]))) return k;
  if (tokens[at - 1]?.kind === "comma") return at - 2;
  return at === k && tokens[at - 1]?.kind === "word" ? at - 1 : k;
}

/** "villagers of Silana, Nataleira and Nasinu said": a list of capitalized names joined by commas and "and", ending
 *  at `k`, that a plural noun of people at the clause start is "of", "from" or "in": that noun and its list are the
 *  speaker. Null for anything else. */
function peopleOfListedPlaces(tokens: Token[], k: number): ReturnType<typeof subjectLeft> {
  let b = k;
  let joined = false;
  while (b >= 0 && k - b < 16 && (isCap(tokens[b]) || tokens[b].kind === "comma" || lc(tokens[b]) === "and")) {
    joined ||= lc(tokens[b]) === "and";
    b--;
  }
  if (!joined || !["of", "from", "in"].includes(lc(tokens[b])) || !isCap(tokens[b + 1]) || !isCap(tokens[k])) return null;
  const head = b - 1;
  if (!isPeopleNoun(tokens[head]) || !/^[a-z]/.test(tokens[head].text)) return null;
  const from = lc(tokens[head - 1]) === "the" ? head - 1 : head;
  return from === 0 || tokens[from - 1]?.kind !== "word" ? { np: tokens.slice(from, k + 1), role: [], from } : null;
}

/** "Roy Cooper (D), McCrory's opponent, said", "the Central Bank of Nigeria (CBN), Olayemi Cardoso, said": a short
 *  bracketed aside (a party, a state, a body's initials) ending at `k` is no part of the phrase; the index before it. */
function beforeBrackets(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ")") return k;
  for (let o = k - 1; o >= 1 && k - o <= 5; o--) {
    if (tokens[o].text === "(") return o - 1;
    if (tokens[o].kind === "quote" || tokens[o].kind === "end" && tokens[o].text !== ".") return k;
  }
  return k;
}

/** Where the speaker ends when a medium or a time stands between it and the verb, unset off by commas ("MoH in a
 *  statement said", "Okafor on Tuesday said", "Devereux in an interview with the BBC said", "the minister yesterday
 *  said"): the index before it, or `k` when there is none. The phrase is known by its head (a document, a medium, a
 *  day), so "the minister in charge said" keeps its words. */
function beforeMediumOrTime(tokens: Token[], k: number): number {
  if (k >= 1 && DAY_WORDS_EN.has(lc(tokens[k])) && isCap(tokens[k - 1]) && !DAY_WORDS_EN.has(lc(tokens[k - 1]))) return k - 1;
  for (let p = k - 1; p >= 1 && k - p <= 6; p--) {
    const t = tokens[p];
    if (t.kind !== "word") return k;
    if (!["in", "on", "at", "via", "during"].includes(lc(t))) continue;
    const inner = tokens.slice(p + 1, k + 1);
    const head = inner.findIndex((x) => MEDIUM_HEADS.has(lc(x)) || TIME_WORDS_EN.has(lc(x)));
    if (head < 0 || !inner.slice(0, head).every((x) => /^[a-z-]+$/.test(x.text) || isCap(x))) return k;
    // "in an interview with the BBC": what follows the head names the medium's other party, at most three words.
    if (inner.length - head - 1 > 4 || (head < inner.length - 1 && !["with", "to", "on", "of"].includes(lc(inner[head + 1])))) return k;
    const before = tokens[p - 1];
    return before.kind === "word" && (isCap(before) || GROUP_NOUNS.has(lc(before)) || ORG_WORDS.has(lc(before)) || TITLE_WORDS.has(lc(before))) ? p - 1 : k;
  }
  return k;
}
/** Heads of a medium a statement was made in: "in a statement", "at a press conference", "on Twitter". */
const MEDIUM_HEADS = new Set(["statement", "interview", "letter", "tweet", "post", "speech", "address", "message", "video", "release", "briefing", "conference", "remarks", "filing", "broadcast", "podcast", "op-ed", "column", "twitter", "facebook", "x", "instagram", "television", "radio", "weekend", "morning", "evening", "afternoon", "night"]);

/** "The national weather service said": where a clause-opening "the" starts a lowercase body whose modifiers
 *  (at most three plain words) no list holds; null for anything else. */
function definiteBodyStart(tokens: Token[], k: number): number | null {
  const head = tokens[k];
  if (!head || head.kind !== "word" || !/^[a-z]+$/.test(head.text) || !ORG_WORDS.has(lc(head))) return null;
  for (let x = k - 1; x >= Math.max(0, k - 4); x--) {
    const t = tokens[x];
    if (lc(t) === "the") return x < k - 1 && (x === 0 || tokens[x - 1].kind !== "word") ? x : null;
    if (t.kind !== "word" || !/^[a-z-]+$/.test(t.text) || isVerb(t) || SUBJECT_NEVER_STARTS.has(lc(t)) || ORG_WORDS.has(lc(t))) return null;
  }
  return null;
}

/** The words of "according to <source>" that end right before the comma at `comma` (at most eight words). */
function accordingSourceBefore(tokens: Token[], comma: number): Token[] | null {
  let b = comma - 1;
  while (b >= 0 && tokens[b].kind === "word" && comma - b <= 10) {
    if (lc(tokens[b]) === "to" && lc(tokens[b - 1]) === "according") return b + 1 < comma ? tokens.slice(b + 1, comma) : null;
    b--;
  }
  return null;
}

/** The phrase a ", who" at index `who` refers to: a full name right before the comma ("… attorney Loretta J. Haynes,
 *  who"), else the name before an apposition ("Louis Barrow, a retired teacher, who"). */
function relativeAntecedent(tokens: Token[], who: number): ReturnType<typeof subjectLeft> {
  let b = who - 2;
  while (b >= 0 && (isNameWord(tokens[b]) || (PARTICLES.has(lc(tokens[b])) && b < who - 2))) b--;
  const nameWords = who - 2 - b;
  const direct = nameWords >= 2 && !SUBJECT_NEVER_STARTS.has(lc(tokens[b])) ? subjectLeft(tokens, who - 1) : null;
  return direct ?? subjectLeft(tokens, who) ?? subjectLeft(tokens, who - 1);
}

/** "His team", "the club", "its parent company": a determiner and a kind of body, the lead of a body's name set off by commas. */
function isBodyLead(ts: Token[]): boolean {
  const d = ts.findIndex((t) => ["his", "her", "their", "its", "the"].includes(lc(t)));
  const head = ts[ts.length - 1];
  return d >= 0 && ts.slice(d + 1).every((t) => /^[a-z-]+$/.test(t.text)) && (BODY_KINDS.has(lc(head)) || TEAM_WORDS.has(lc(head)));
}
/** "Smith's wife", "her son", "their lawyer": an owner (a possessive name or pronoun) and a relation to them. */
function isRelationLead(ts: Token[]): boolean {
  const head = ts[ts.length - 1];
  const owner = ts[ts.length - 2];
  return !!owner && RELATION_WORDS.has(lc(head)) && (["his", "her", "their"].includes(lc(owner)) || (isCap(owner) && /['’]s$/.test(owner.text)));
}
const RELATION_WORDS = new Set(["wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "partner", "cousin", "uncle", "aunt", "grandson", "granddaughter", "friend", "neighbour", "neighbor", "lawyer", "spokesman", "spokeswoman"]);
const BODY_ROLE = /^(?:his|her|their|its|the)\s+(?:[a-z-]+\s+){0,2}(?:team|club|squad|side|party|employer|label|publisher|group|company|firm|union|association|agency|foundation|charity|coalition|organi[sz]ation)$/i;
const TEAM_WORDS = new Set(["team", "club", "squad", "side", "party", "employer", "label", "publisher", "school", "church"]);

/** Nouns that say what kind of body an organization is ("an advocacy group", "a nonprofit organization"). */
const BODY_KINDS = new Set(["group", "organization", "organisation", "nonprofit", "charity", "coalition", "association", "firm", "company", "agency", "network", "alliance", "foundation", "institute", "tank", "union", "watchdog", "body", "consortium", "federation", "lobby", "collective"]);

/** The longest apposition or relative clause set off by commas between a speaker and its verb ("Dr. X, who as a Navy
 *  captain was the White House physician … and later retired as a rear admiral, said"). */
const APPOSITION_WORDS = 40;
const APPOSITION_OPENERS = new Set(["who", "which", "a", "an", "the", "whose", "one", "now"]);

/** A personal name and nothing else ("J.D. Harlan", "Javier Molina"): 2–5 capitalized name words. */
function bareName(ts: Token[]): boolean {
  return ts.length >= 2 && ts.length <= 5 && ts.every((t) => isNameWord(t) || PARTICLES.has(lc(t))) && isNameWord(ts[0]) && isNameWord(ts[ts.length - 1]);
}

/** A personal name with titles before it ("Senator Gwen Trelawny", "Ms. Pascoe"): a bare name, or capitalized
 *  titles then a bare name, or an honorific then a surname. */
function titledName(ts: Token[]): boolean {
  if (bareName(ts)) return true;
  const f = ts.findIndex(isNameWord);
  if (f <= 0 || ts.length > 7) return false;
  const titles = ts.slice(0, f);
  if (!titles.every((t) => isCap(t) && (TITLE_WORDS.has(lc(t)) || isBareTitle(t.text)))) return false;
  const name = ts.slice(f);
  return bareName(name) || (name.length === 1 && titles.some((t) => isBareTitle(t.text)));
}

/** "on Tuesday", "at a news conference outside City Hall": where a trailing adjunct ends (at a comma or the sentence end), or `k` when there is none. */
/** A preposition opening an adjunct at `k`; "at least 12 people", "at most a dozen" open a quantity instead. */
const adjunctAt = (tokens: Token[], k: number) => ADJUNCT_PREPS.has(lc(tokens[k])) && !(lc(tokens[k]) === "at" && ["least", "most"].includes(lc(tokens[k + 1])));

function adjunctEnd(tokens: Token[], k: number): number {
  if (!adjunctAt(tokens, k)) return k;
  let e = k;
  // "said at the port forum that the levy would stay": a "that" after the place opens the content, no adjunct holds it.
  while (e < tokens.length && tokens[e].kind === "word" && lc(tokens[e]) !== "that" && e - k < 9) e++;
  return e >= tokens.length || tokens[e].kind === "end" || tokens[e].kind === "comma" ? e : k;
}

/** The speaker phrase right after index `i` ("said Mayor Elena Ruiz, the city's mayor."). */
function subjectRight(tokens: Token[], i: number): { np: Token[]; role: Token[]; to: number } | null {
  let k = i + 1;
  // "said one resident, Maria Lopez, 45.": "one" before a noun opens the phrase like an article.
  if (lc(tokens[k]) === "one" && /^[a-z]+$/.test(tokens[k + 1]?.text ?? "")) k++;
  // "says coach Luis Enrique.": a lowercase descriptor the title list does not hold, right before a full name.
  else if (/^[a-z]+$/.test(tokens[k]?.text ?? "") && !NP_OK(tokens[k]) && !ADJUNCT_PREPS.has(lc(tokens[k])) && !SUBJECT_NEVER_STARTS.has(lc(tokens[k])) && bareName(nameAfter(tokens, k + 1))) k++;
  // "said Indian Space Research Organisation (ISRO) chairman K. Sivan": a body's initials in brackets inside the phrase.
  const initials = (x: number) => x > i + 1 && tokens[x].text === "(" && tokens[x + 2]?.text === ")" && /^\p{Lu}{2,}$/u.test(tokens[x + 1]?.text ?? "") && isCap(tokens[x - 1]);
  const bracketed = new Set<Token>();
  while (k < tokens.length && k - i - bracketed.size < 9 && !(k > i + 1 && ADJUNCT_PREPS.has(lc(tokens[k])))) {
    if (initials(k)) {
      for (const x of [k, k + 1, k + 2]) bracketed.add(tokens[x]);
      k += 3;
    } else if (NP_OK(tokens[k])) k++;
    else break;
  }
  const np = tokens.slice(i + 1, k).filter((t) => !bracketed.has(t));
  if (!np.length) return null;
  const adj = adjunctEnd(tokens, k);
  if (adj !== k) return { np, role: [], to: adj };
  let role: Token[] = [];
  if (tokens[k]?.kind === "comma") {
    let c = k + 1;
    while (c < tokens.length && tokens[c].kind === "word" && c - k < 14) c++;
    if (c >= tokens.length || tokens[c].kind === "end" || tokens[c].kind === "comma") {
      role = tokens.slice(k + 1, c);
      k = c;
    }
  }
  // "…, said the club's spokesperson, Javier Molina.": the name after the role phrase is the speaker.
  if (bareName(role) && np.some((t) => TITLE_WORDS.has(lc(t))) && !nameAfterTitle(np.filter((t) => t.kind === "word"))) return { np: role, role: np, to: k };
  return { np, role, to: k };
}

/** The name words from index `from` up to a comma or the sentence end (empty when something else comes first). */
function nameAfter(tokens: Token[], from: number): Token[] {
  let e = from;
  while (e < tokens.length && (isNameWord(tokens[e]) || PARTICLES.has(lc(tokens[e])))) e++;
  return e >= tokens.length || tokens[e].kind === "end" || tokens[e].kind === "comma" ? tokens.slice(from, e) : [];
}

/** Last words of place names ("Market Street", "City Hall"): never a person. */
const PLACE_WORDS = new Set(["street", "avenue", "road", "square", "hall", "bridge", "park", "station", "airport", "river", "lake", "valley", "county", "city", "town", "island", "beach", "port", "harbor", "harbour", "center", "centre", "stadium", "ground", "court"]);

const SUBORDINATORS = new Set(["as", "when", "while", "after", "before", "during", "since", "because", "following"]);

/** After the verb only an audience and time/place/circumstance adjuncts, no content of its own
 *  ("told jurors on Monday as the trial opened"): the statement came before the speaker. */
function onlyAdjunctsAfter(tokens: Token[], i: number): boolean {
  let j = i + 1;
  if (OBJECT_VERBS.has(lc(tokens[i]))) {
    const from = j;
    while (j < tokens.length && tokens[j].kind === "word" && !ADJUNCT_PREPS.has(lc(tokens[j])) && !SUBORDINATORS.has(lc(tokens[j])) && j - from < 4) j++;
  }
  if (j >= tokens.length || tokens[j].kind === "end") return true;
  // "the company said Friday.": a bare day word is a time adjunct.
  if (TIME_WORDS_EN.has(lc(tokens[j])) && (tokens[j + 1]?.kind === "end" || j + 1 >= tokens.length)) return true;
  if (!adjunctAt(tokens, j) && !SUBORDINATORS.has(lc(tokens[j]))) return false;
  return tokens.slice(j).every((x) => (x.kind === "word" && lc(x) !== "that") || x.kind === "end" || x.kind === "comma");
}

/** "Retired General Reveals …", "Popular Website Shows …": in a title-case headline every word is capitalized, so a
 *  speaker read there must be named by its last word again in a line that is not title case. */
function namedOutsideHeadlines(articleText: string, m: Mention): boolean {
  if (m.kind !== "name" && m.kind !== "organization") return false;
  const last = m.surface.split(/\s+/).pop() ?? "";
  if (!/^\p{Lu}/u.test(last)) return false;
  return articleText.split("\n").some((line) => !isTitleCase(line) && new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u").test(line));
}

/** "Addressing claims that …, Dr. Nsanzimana refuted them": a capitalized word in -ing opening the sentence (at
 *  `sentenceAt`) that the article never writes as a family name after a given name is a participle opening an
 *  adverbial clause, never a speaker. */
function participleOpener(m: Mention, sentenceAt: number, articleText: string): boolean {
  return m.kind === "name" && m.pos === sentenceAt && /^\p{Lu}\p{Ll}+ing$/u.test(m.surface) && !englishFullName(articleText, m.surface);
}

/** A line that is a question and nothing else: no quotation marks, at most twenty words, ending in "?". */
const isQuestionLine = (text: string) => /\?$/.test(text.trim()) && !/["“”]/.test(text) && wordCount(text) <= 20;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

export function englishAttributions(paragraphs: Paragraph[]): Attribution[] {
  const out: Attribution[] = [];
  let carried = false;
  let introduced: ReturnType<typeof colonIntroduction> = null;
  const articleText = paragraphs.map((p) => p.text).join("\n");
  const masked = new Map<Paragraph, string>();
  // Paragraphs of a quotation running on into the next paragraph, none of them attributed yet (see runOnQuotation).
  let running: RunOn[] = [];
  for (const p of paragraphs) {
    const spans = quoteSpans(p.text, carried);
    carried = spans[spans.length - 1]?.open ?? false;
    const inParagraph: Attribution[] = [];
    // "Rubio: Trump Can't Be Trusted …": a line that opens on a speaker and a colon.
    const lead = colonLeadAttribution(p, articleText) ?? bylineAttribution(p);
    if (lead) inParagraph.push(lead);
    const unattributed: { quote: Token; sentenceIsQuote: boolean; short: boolean }[] = [];
    // "Limbaugh added:" closing the paragraph before: this paragraph, whole, is what was said.
    if (introduced && !lead) {
      const marks = /^[“"]/.test(p.text.trim()) && /[”"][.!?]?$/.test(p.text.trim());
      const text = p.text.trim().replace(marks ? /^[“"]|[”"][.!?]?$/g : /[.!?]$/, "").replace(/[.,!?]$/, "");
      if (text.split(/\s+/).length >= 3 && (marks || !introduced.quoteOnly)) {
        inParagraph.push({ paragraph: p.line, text, start: p.text.indexOf(text), verb: introduced.verb, type: marks ? "direct" : "indirect", mention: introduced.mention, evidence: [...introduced.evidence, `type:${marks ? "direct" : "indirect"}`] });
      }
    }
    introduced = null;
    const sentences = sentencesOf(p, spans);
    const closing = sentences[sentences.length - 1];
    if (closing) introduced = colonIntroduction(p, closing, spans);
    for (const s of sentences) {
      const tokens = tokenize(s, spans);
      const read = sentenceAttributions(p, s.start, tokens);
      const { used } = read;
      const participle = (a: Attribution) => participleOpener(a.mention, p.base + (tokens[0]?.start ?? -1), articleText);
      const found = read.found.filter((a) => !participle(a));
      for (const a of found) subordinateClause(p, a, spans);
      // The cue stage (part of speech and lemmas) reads every sentence; what it finds beside the
      // patterns' attributions is kept when it overlaps none of them ("X said A and accused Y of B").
      // A cue the patterns already read (same verb, same speaker mention) introduces nothing more.
      const cues = cueAttributions(p, s, spans).filter((c) => !found.some((f) => (f.start < c.start + c.text.length && c.start < f.start + f.text.length) || (f.verb === c.verb && f.mention.pos === c.mention.pos)))
        .filter((c) => (!c.evidence?.includes("title-case") || namedOutsideHeadlines(articleText, c.mention)) && !participle(c));
      // Inside a headline's statement ("Obama: I'm Optimistic Americans Will Say No to Trump") a title-case
      // verb names nobody: what was said is the lead's.
      const inLead = (a: Attribution) => !!lead && a.mention.pos - p.base >= lead.start && a.mention.pos - p.base < lead.start + lead.text.length;
      inParagraph.push(...found.filter((a) => !inLead(a)), ...cues.filter((a) => !inLead(a)));
      for (const t of tokens) {
        if (t.kind !== "quote" || used.has(t)) continue;
        const words = tokens.filter((x) => x.kind === "word").length;
        // A short quote is a phrase held up for comment, unless it is a sentence of its own after the paragraph's
        // cue ('“…,” he said with a smile. “I think that’s it.”': the same speaker goes on).
        const short = t.span!.end - t.span!.start < 20;
        if (short && (words > 0 || wordCount(p.text.slice(t.span!.start, t.span!.end)) < 3)) continue;
        unattributed.push({ quote: t, sentenceIsQuote: words === 0, short });
      }
    }
    // A whole-sentence quote with no verb continues the paragraph's speaker, or the previous
    // paragraph's when that one closed on a statement ("…,” she said. / “…”; "She said the debt must
    // fall. / “…”"; a quotation running on across paragraphs).
    const prevP = paragraphs[paragraphs.indexOf(p) - 1];
    // An interview set as questions and answers ("Kountouris answered the questions. / How's Marsh? / “He's got a
    // strain …” / Starc? / “…”): a question of its own line passes the turn back to whoever answered before it.
    const answered = prevP && isQuestionLine(prevP.text) ? paragraphs[paragraphs.indexOf(p) - 2] : undefined;
    const closedOn = answered ? closingStatement(answered, out) : prevP ? closingStatement(prevP, out) : undefined;
    for (const u of unattributed) {
      // '"WALLACE: Governor, …': a quoted transcript line is the lead's statement already.
      if (!u.sentenceIsQuote || (lead && u.quote.span!.start <= lead.start && lead.start < u.quote.span!.end)) continue;
      const before = inParagraph.filter((a) => a.start < u.quote.start).pop() ?? inParagraph[0];
      // Across paragraphs only a paragraph that is the quotation alone: '“…?” Trump told ITV.' is the cue's own.
      // A quoted transcript line ('"Chris Matthews: Seriously, …') names its own speaker.
      const alone = !p.text.slice(0, u.quote.span!.start).replace(/[“"‘'\s]/g, "") && !p.text.slice(u.quote.span!.end).replace(/[”"’'.,!?\s]/g, "")
        && !/^\s*\p{Lu}[\p{L}.’' -]{0,40}:\s/u.test(p.text.slice(u.quote.span!.start, u.quote.span!.end));
      const source = before ?? (alone && !u.short ? closedOn : undefined);
      if (!source || (u.short && source.start > u.quote.start)) continue;
      inParagraph.push({
        paragraph: p.line, text: p.text.slice(u.quote.span!.start, u.quote.span!.end), start: u.quote.span!.start,
        verb: source.verb, type: "direct", mention: source.mention, sameAs: source,
      });
    }
    masked.set(p, maskQuotes(p.text, spans));
    const prevFound = prevP ? out.filter((x) => x.paragraph === prevP.line) : [];
    for (const a of inParagraph) resolvePronounToNamed(p, masked.get(p)!, a, inParagraph, articleText, prevP, prevFound);
    if (running.length) {
      const opened = paragraphs[paragraphs.indexOf(running[0].p) - 1];
      for (const a of inParagraph) resolveRunClosingPronoun(a, opened, opened ? out.filter((x) => x.paragraph === opened.line) : [], articleText);
    }
    for (const a of inParagraph) resolvePluralToGroup(p, masked.get(p)!, a, inParagraph);
    running = runOnQuotation(p, prevP, spans, inParagraph, running, out);
    out.push(...inParagraph.sort((a, b) => a.start - b.start));
  }
  for (const a of out) resolveEpithet(a, paragraphs, masked, articleText);
  return out;
}

/** "“Of course, it is correct … (from the defence). / “It is a lopsided reporting …,” said Shafee.": a quotation
 *  that opens a paragraph and runs on to its end, unclosed, goes on in the next paragraph that opens on a quotation
 *  mark; the paragraph where it closes names the speaker of all of it. Each paragraph of such a run attributed only
 *  by carrying on the paragraph before it waits (returned) until the run closes on an attribution of its opening
 *  quotation, then gets that attribution's speaker; a run broken by anything else is dropped. */
function runOnQuotation(p: Paragraph, previous: Paragraph | undefined, spans: QuoteSpan[], inParagraph: Attribution[], running: RunOn[], out: Attribution[]): RunOn[] {
  const first = spans[0];
  const opens = !!first && /^\s*[“"]/.test(p.text) && !p.text.slice(0, first.start).replace(/[“"\s]/g, "");
  if (!opens) return [];
  if (first.open && spans.length === 1) {
    // A run introduced by a colon ("As Breitbart News reported …:") is the introducer's, whatever it quotes at its end.
    const introduced = !running.length && !!previous && /:\s*$/.test(previous.text);
    const carriedOn = inParagraph.filter((a) => a.sameAs && a.sameAs.paragraph !== p.line);
    if (introduced || carriedOn.length !== inParagraph.length || first.end - first.start < 20) return [];
    const text = p.text.slice(first.start, first.end).trim();
    return [...running, { p, text, start: p.text.indexOf(text, first.start), carriedOn: carriedOn[0] }];
  }
  // The run closes on a speaker of this paragraph's own ("…,” said Shafee"), never on one carried on into it.
  const closing = inParagraph.find((a) => !a.sameAs && a.start >= first.start && a.start < first.end && !a.mention.ambiguous && a.mention.kind !== "pronoun");
  // Nothing closes the run: its paragraphs stay as they were read.
  for (const r of running) {
    if (!closing) break;
    if (r.carriedOn) Object.assign(r.carriedOn, { verb: closing.verb, mention: closing.mention, sameAs: closing });
    else {
      // In reading order: before the first attribution of a later paragraph.
      const at = out.findIndex((x) => x.paragraph > r.p.line);
      out.splice(at < 0 ? out.length : at, 0, { paragraph: r.p.line, text: r.text, start: r.start, verb: closing.verb, type: "direct", mention: closing.mention, sameAs: closing });
    }
  }
  return [];
}
interface RunOn { p: Paragraph; text: string; start: number; carriedOn?: Attribution }

/** The statement a paragraph closes on: its last attribution with a speaker, when nothing but the rest of that
 *  sentence follows it (its speaker and verb: "…, she said."). A paragraph that goes on to another sentence
 *  after its last statement ("X said A. Y disagrees.") closes on no one's words. */
function closingStatement(p: Paragraph, out: Attribution[]): Attribution | undefined {
  const last = out[out.length - 1];
  if (!last || last.paragraph !== p.line) return undefined;
  const end = Math.max(last.start + last.text.length, last.mention.pos - p.base + last.mention.surface.length);
  return /[.!?][”"’']?\s+\S/.test(p.text.slice(end)) ? undefined : last;
}

/** Subordinators that open a sentence before its subject: "While Comey said …, he said …". */
const OPENING_SUBORDINATORS = /^(?:When|While|Whereas|As|After|Before|Although|Though|Because|Since|Once)\s+(?=\p{L})/u;

/** "While Comey said there was clear evidence that …, he said …", "When the mayor suggested …, Rubio fired back": a speaker after a subordinator opening the
 *  sentence said only what stands in that clause, which ends at its comma (the main clause is someone's own
 *  statement); the subordinator is no part of the name. Changes `a` in place. */
function subordinateClause(p: Paragraph, a: Attribution, spans: QuoteSpan[]): void {
  const m = a.mention;
  const opener = OPENING_SUBORDINATORS.exec(m.surface);
  if (!opener) return;
  const at = m.pos - p.base;
  if (a.start < at) return;
  const quoted = (x: number) => spans.some((q) => x >= q.start && x < q.end);
  let comma = -1;
  for (let x = p.text.indexOf(",", a.start); x >= 0 && x < a.start + a.text.length; x = p.text.indexOf(",", x + 1)) {
    if (!quoted(x)) {
      comma = x;
      break;
    }
  }
  if (comma >= 0 && a.type !== "direct") {
    const text = p.text.slice(a.start, comma).trimEnd();
    if (text.split(/\s+/).length < 3) return;
    a.text = text;
    a.type = /["“”]/.test(text) ? "partial" : "indirect";
  }
  a.mention = { ...m, surface: m.surface.slice(opener[0].length), pos: m.pos + opener[0].length };
}

function sentenceAttributions(p: Paragraph, sentenceStart: number, tokens: Token[]): { found: Attribution[]; used: Set<Token> } {
  const line = p.text;
  const found: Attribution[] = [];
  const used = new Set<Token>();
  const lastEnd = tokens[tokens.length - 1]?.end ?? line.length;
  const nextVerbStart = (from: number) => {
    for (let j = from; j < tokens.length; j++) {
      if (j > from + 1 && PARTICIPLES_EN.has(lc(tokens[j])) && tokens[j - 1].kind === "comma" && (lc(tokens[j + 1]) === "that" || tokens[j + 1]?.kind === "colon" || tokens[j + 1]?.kind === "quote")) return tokens[j - 1].start;
      if (j > from + 2 && isVerb(tokens[j]) && ["and", "but"].includes(lc(tokens[j - 1])) && (lc(tokens[j + 1]) === "that" || tokens[j + 1]?.kind !== "word" || /^[a-z]/.test(tokens[j + 1].text))) {
        return tokens[j - 2]?.kind === "comma" ? tokens[j - 2].start : tokens[j - 1].start;
      }
      // "11 new cases were recorded": a passive reporting verb opens no statement of its own.
      if (isVerb(tokens[j]) && j > from + 1 && !["was", "were", "is", "are", "been", "be", "being"].includes(lc(tokens[j - 1]))) {
        const left = subjectLeft(tokens, j);
        // "According to X, Ashford also agreed …": a verb whose subject opens the content is part of it.
        if (left && left.from - 1 <= from) continue;
        if (left && tokens[left.from - 1]?.kind === "comma") return tokens[left.from - 1].start;
        // "… said he was upset while his uncle, Ama Boateng, said …": a subject and its own reporting verb after a
        // joining word open another statement.
        if (left && STATEMENT_JOINERS.has(lc(tokens[left.from - 1]))) {
          return tokens[left.from - 2]?.kind === "comma" ? tokens[left.from - 2].start : tokens[left.from - 1].start;
        }
        // "… for the case but the prosecution countered it was …": "but", a determiner and its noun, then a verb of
        // saying with a clause after it open another speaker's statement, whatever the noun.
        const but = j - 3 > from && lc(tokens[j - 3]) === "but" && ["the", "his", "her", "their", "its"].includes(lc(tokens[j - 2])) && /^[a-z]+$/.test(tokens[j - 1].text);
        if (but && (lc(tokens[j + 1]) === "that" || CLAUSE_OPENERS.has(lc(tokens[j + 1])))) return tokens[j - 3].start;
      }
      if (lc(tokens[j]) === "according" && lc(tokens[j + 1]) === "to") return tokens[j].start;
      const relative = j > from + 2 ? describedRelative(tokens, j) : null;
      if (relative) return tokens[relative.from - 2]?.kind === "comma" ? tokens[relative.from - 2].start : tokens[relative.from - 1].start;
    }
    return lastEnd;
  };
  const add = (verb: Token, text: string, start: number, type: Attribution["type"], mention: Mention) => {
    const trimmed = text.replace(/[\s,;:.]+$/u, "");
    if (trimmed.split(/\s+/).length < 2) return;
    found.push({ paragraph: p.line, text: trimmed, start, verb: verb.text, type, mention });
  };
  const quoteContent = (verb: Token, q: Token, mention: Mention) => {
    used.add(q);
    add(verb, line.slice(q.span!.start, q.span!.end), q.span!.start, "direct", mention);
  };
  /** Content from token j to the clause end: a lone quote is direct, quoted fragments make it partial. */
  const clauseContent = (verb: Token, j: number, mention: Mention) => {
    const t = tokens[j];
    if (!t || t.kind === "end") return;
    // "expected to lose", "threatened to refuse": an intention, not a statement.
    if (lc(t) === "to") return;
    if (t.kind === "quote" && (restIsPunctuation(tokens, j) || tokens[j + 1]?.kind === "end")) return quoteContent(verb, t, mention);
    const end = nextVerbStart(j);
    const inside = tokens.filter((x) => x.start >= t.start && x.end <= end);
    // A short clause says nothing, but a quote's words count: 'warned that consolidation "would cut nurses"'.
    if (inside.reduce((k, x) => k + (x.kind === "word" ? 1 : x.kind === "quote" ? x.text.split(/\s+/).length : 0), 0) < 3) return;
    inside.filter((x) => x.kind === "quote").forEach((x) => used.add(x));
    add(verb, line.slice(t.start, end), t.start, inside.some((x) => x.kind === "quote") ? "partial" : "indirect", mention);
  };

  /** "The levy, she said, would cost …", "…, according to the minister, are known …": a cue set off by commas
   *  inside the sentence; what follows its closing comma (token k) is said too, linked to the part before it. */
  const asideTail = (verb: Token, k: number, mention: Mention) => {
    const t = tokens[k + 1];
    if (tokens[k]?.kind !== "comma" || t?.kind !== "word" || ASIDE_TAIL_NEVER.has(lc(t)) || /ing$/.test(lc(t))) return;
    // Only a sentence the aside interrupts: "Holness said, that …"; a subordinate clause before it ("If there are
    // …, he added, the arrests …"); or a subject before it and its verb after ("The levy, she said, would cost …").
    // "…, according to an analysis by X, a former aide, whose …": after a whole clause, what follows is no statement.
    const head = found[found.length - 1];
    const lead = tokens.filter((x) => x.kind === "word" && x.end <= (head?.start ?? 0) + (head?.text.length ?? 0) + 1 && x.start >= (head?.start ?? Infinity));
    // "the article which, he said, asserted …": a relative clause the aside interrupts goes on after it.
    const subordinate = (!!lead[0] && ASIDE_SUBORDINATORS.has(lc(lead[0]))) || ["which", "that", "who"].includes(lc(lead[lead.length - 1]));
    const subjectOnly = lead.length > 0 && lead.length <= 8 && !lead.some((x) => FINITE_WORDS.has(lc(x))) && /^[a-z]/.test(t.text) && !ASIDE_SUBJECT_WORDS.has(lc(t));
    if (!(lc(t) === "that" || (head && head.verb === verb.text && (subordinate || subjectOnly)))) return;
    let end = nextVerbStart(k + 1);
    // "…, as Eric Garner … said before he died": another speaker's words close the sentence.
    const as = tokens.findIndex((x, j) => j > k + 1 && x.start < end && lc(x) === "as" && tokens.slice(j + 1).some((y) => y.start < end && isVerb(y)));
    if (as > 0) end = tokens[as - 1].kind === "comma" ? tokens[as - 1].start : tokens[as].start;
    if (tokens.filter((x) => x.start >= t.start && x.end <= end && x.kind === "word").length < 3) return;
    const before = found.length;
    add(verb, line.slice(t.start, end), t.start, tokens.some((x) => x.kind === "quote" && x.start >= t.start && x.end <= end) ? "partial" : "indirect", mention);
    if (found.length > before && head && head.verb === verb.text && head.mention === mention) found[found.length - 1].sameAs = head;
  };

  /** Content after the verb at i: skip the audience ("told reporters") and adjuncts up to "that", ":" or a quote. */
  const contentAfter = (i: number, mention: Mention, sameAs?: Attribution) => {
    const t = tokens[i];
    const before = found.length;
    let j = i + 1;
    const that = tokens.findIndex((x, x2) => x2 > i && x2 < i + 14 && lc(x) === "that" && tokens.slice(i + 1, x2).every((y) => y.kind === "word") && !infinitiveIn(tokens.slice(i + 1, x2)));
    const aside = parentheticalThat(tokens, j);
    // "has agreed a five-year contract": agreeing to a thing reports nothing; "agreed that …" does.
    if (["agreed", "disagreed"].includes(lc(t)) && tokens[j]?.kind === "word" && that < 0) return;
    if (lc(tokens[j]) === "that") j++;
    else if (aside > 0) j = aside;
    else if (tokens[j]?.kind === "colon" || (tokens[j]?.kind === "comma" && tokens[j + 1]?.kind === "quote")) j++;
    else if (tokens[j]?.kind === "quote") {
      // quote right after the verb
    } else if (that > 0 && (OBJECT_VERBS.has(lc(t)) || adjunctAt(tokens, j) || TIME_WORDS_EN.has(lc(tokens[j])))) j = that + 1; // "said Monday that"
    else if (OBJECT_VERBS.has(lc(t)) || adjunctAt(tokens, j)) {
      // "told reporters: “…”" / "said in a statement, “…”"
      let k = j;
      while (k < tokens.length && tokens[k].kind === "word" && k - j < 8) k++;
      if (tokens[k]?.kind === "colon" || (tokens[k]?.kind === "comma" && tokens[k + 1]?.kind === "quote")) j = k + 1;
      else if (tokens[k]?.kind === "quote") j = k;
      // "told reporters at a news conference on Monday.": where they were told is no statement.
      else if (OBJECT_VERBS.has(lc(t)) && lc(tokens[j]) === "reporters" && ADJUNCT_PREPS.has(lc(tokens[j + 1]))) return;
      else if (OBJECT_VERBS.has(lc(t)) && lc(tokens[j]) === "reporters") j++;
      else if (OBJECT_VERBS.has(lc(t)) && audienceThenClause(tokens, j) > 0) j = audienceThenClause(tokens, j);
      else if (urgedToAct(tokens, i)) j = i + 1;
      else return;
    } else if (tokens[j]?.kind !== "word") return;
    clauseContent(t, j, mention);
    if (sameAs) for (const a of found.slice(before)) a.sameAs = sameAs;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "…, insisting that …", "…, adding: “…”": a participle goes on with the clause's speaker.
    // "…,” she said, before adding: “…”": "before" between the comma and the participle changes nothing.
    const afterComma = tokens[i - 1]?.kind === "comma" || (lc(tokens[i - 1]) === "before" && tokens[i - 2]?.kind === "comma");
    if (PARTICIPLES_EN.has(lc(t)) && afterComma && (lc(tokens[i + 1]) === "that" || tokens[i + 1]?.kind === "colon" || tokens[i + 1]?.kind === "quote" || parentheticalThat(tokens, i + 1) > 0 || bareClauseAfter(tokens, i))) {
      const source = found[found.length - 1];
      const mention = source?.mention ?? sentenceSubject(line, p.base, tokens, i);
      if (mention) contentAfter(i, mention, source);
      continue;
    }
    // "…, Samawi said, warning of dust-laden winds": what the speaker warned of is said too.
    if (["warning", "cautioning"].includes(lc(t)) && afterComma && lc(tokens[i + 1]) === "of" && found.length) {
      const source = found[found.length - 1];
      const before = found.length;
      clauseContent(t, i + 2, source.mention);
      for (const a of found.slice(before)) a.sameAs = source;
      continue;
    }
    // "… claimed security concerns, which the judge dismissed as baseless": a relative clause's subject characterized
    // what it refers to.
    const relative = describedRelative(tokens, i);
    if (relative) {
      const role = relative.role.length ? line.slice(relative.role[0].start, relative.role[relative.role.length - 1].end) : null;
      const mention = parseEnglishSubject(line, p.base, relative.np, role);
      if (mention && mention.kind !== "organization") clauseContent(t, i + 2, mention);
      continue;
    }
    // "Commentators on the broadcast described the game as …": how the speaker characterized something.
    if (DESCRIBE_VERBS.has(lc(t)) && asFollows(tokens, i)) {
      const left = groupAtSentenceStart(tokens, i) ?? subjectLeft(tokens, i);
      const mention = left && left.from <= 1 ? parseEnglishSubject(line, p.base, left.np, null) : null;
      if (mention && mention.kind !== "organization") clauseContent(t, i + 1, mention);
      continue;
    }
    // "… dismissed the allegations and called on his opponent to “…”": a joined call on someone to act is said.
    if (calledOnToAct(tokens, i) && ["and", "but"].includes(lc(tokens[i - 1]))) {
      const source = found[found.length - 1];
      const mention = source?.mention ?? sentenceSubject(line, p.base, tokens, i);
      if (mention) clauseContent(t, i + 2, mention);
      continue;
    }
    // "X called the flight “a meaningful step …”": a name the speaker gave something, in their words.
    if (NAMING_VERBS.has(lc(t))) {
      const q = namedQuote(tokens, i);
      // "… retained attorney Loretta Haynes, who called the inquiry “…”": "who" stands for the person before it.
      const relative = lc(tokens[i - 1]) === "who" && tokens[i - 2]?.kind === "comma";
      const left = !q ? null : relative ? relativeAntecedent(tokens, i - 1) : groupAtSentenceStart(tokens, i) ?? subjectLeft(tokens, i);
      const role = left?.role.length ? line.slice(left.role[0].start, left.role[left.role.length - 1].end) : null;
      const mention = left && (left.from <= 1 || relative) ? parseEnglishSubject(line, p.base, left.np, role) : null;
      if (q && mention && mention.kind !== "organization") {
        used.add(q);
        add(t, line.slice(q.span!.start, q.span!.end), q.span!.start, "partial", mention);
      }
      continue;
    }
    if (lc(t) === "according" && lc(tokens[i + 1]) === "to") {
      let k = i + 2;
      while (k < tokens.length && tokens[k].kind === "word") k++;
      // "According to him, …": an object pronoun refers back as "he said" does.
      const object = k === i + 3 ? OBJECT_PRONOUNS[lc(tokens[i + 2])] : undefined;
      let mention = object ? { kind: "pronoun" as const, surface: "", role: null, gender: object, pos: p.base + tokens[i + 2].start }
        : documentBeforeParticiple(line, p.base, tokens.slice(i + 2, k)) ?? parseEnglishSubject(line, p.base, tokens.slice(i + 2, k), null);
      if (!mention || (mention.kind === "pronoun" && !object)) continue;
      // "according to the ministry's spokesperson, Lena Hoffmann."
      if (mention.kind === "title" && tokens[k]?.kind === "comma") {
        let e = k + 1;
        while (e < tokens.length && isCap(tokens[e])) e++;
        if (e > k + 1 && (e >= tokens.length || tokens[e].kind === "end")) {
          mention = parseEnglishSubject(line, p.base, tokens.slice(k + 1, e), mention.role) ?? mention;
          k = e;
        }
      }
      if (i === 0 && tokens[k]?.kind === "comma") clauseContent(t, k + 1, mention);
      else if (i > 0 && tokens[i - 1].kind === "comma") {
        const q = tokens[i - 2];
        if (q?.kind === "quote" && i === 2) quoteContent(t, q, mention);
        else {
          add(t, line.slice(sentenceStart, tokens[i - 1].start), sentenceStart, "indirect", mention);
          asideTail(t, k, mention);
        }
      }
      continue;
    }
    // "found last year that …": a short time phrase may come between the finding verb and "that".
    const thatAt = lc(tokens[i + 1]) === "that" ? i + 1 : TIME_LEADS.has(lc(tokens[i + 1])) && TIME_UNITS.has(lc(tokens[i + 2])) && lc(tokens[i + 3]) === "that" ? i + 3 : -1;
    if (FINDING_VERBS.has(lc(t)) && thatAt > 0) {
      const doc = documentSubject(line, p.base, tokens, i);
      if (doc) clauseContent(t, thatAt + 1, doc);
      continue;
    }
    // "A report … blamed “poor planning” for the delay": the quoted cause is the document's words.
    if (BLAME_VERBS.has(lc(t)) && tokens[i + 1]?.kind === "quote") {
      const doc = documentSubject(line, p.base, tokens, i);
      if (doc) quoteContent(t, tokens[i + 1], doc);
      continue;
    }
    if (!isVerb(t)) continue;
    const prev = tokens[i - 1];
    // Inverted: "…,” said Mayor Elena Ruiz." / "…, said the mayor."
    // "…,” told X" is no English: after "told" comes the audience, never the speaker.
    if (prev && (prev.kind === "comma" || prev.kind === "quote") && !["told", "tells"].includes(lc(t))) {
      const right = subjectRight(tokens, i);
      const quoteBefore = prev.kind === "quote" ? prev : tokens[i - 2]?.kind === "quote" ? tokens[i - 2] : null;
      if (right && (right.to >= tokens.length || tokens[right.to].kind === "end" || tokens[right.to].kind === "comma" || tokens[right.to].kind === "quote")) {
        const role = right.role.length ? line.slice(right.role[0].start, right.role[right.role.length - 1].end) : null;
        const mention = parseEnglishSubject(line, p.base, right.np, role);
        if (mention) {
          if (quoteBefore) quoteContent(t, quoteBefore, mention);
          else if (prev.kind === "comma") add(t, line.slice(sentenceStart, prev.start), sentenceStart, "indirect", mention);
          const after = tokens[right.to]?.kind === "comma" ? right.to + 1 : right.to;
          if (tokens[after]?.kind === "quote") quoteContent(t, tokens[after], mention);
          else if (!quoteBefore && prev.kind === "comma") asideTail(t, right.to, mention);
          continue;
        }
      }
    }
    // "He acknowledged … and said …", "… but insisted it was “…”": a verb joined to the clause has its subject.
    if (["and", "but"].includes(lc(tokens[i - 1])) || (["and", "but"].includes(lc(tokens[i - 2])) && AUXILIARIES.has(lc(tokens[i - 1])))) {
      const source = found[found.length - 1];
      const mention = source?.mention ?? sentenceSubject(line, p.base, tokens, i);
      if (mention) contentAfter(i, mention, source);
      continue;
    }
    // "…, according to two shipping sources, who said …": "who" stands for the sources.
    const sourceBefore = lc(tokens[i - 1]) === "who" && tokens[i - 2]?.kind === "comma" ? accordingSourceBefore(tokens, i - 2) : null;
    const source = sourceBefore && parseEnglishSubject(line, p.base, sourceBefore, null);
    if (source && source.kind !== "pronoun") {
      contentAfter(i, source);
      continue;
    }
    // "…, Louis Barrow, a retired teacher, who said …": "who" stands for the person named before it.
    if (lc(tokens[i - 1]) === "who" && tokens[i - 2]?.kind === "comma") {
      const rel = relativeAntecedent(tokens, i - 1);
      const role = rel?.role.length ? line.slice(rel.role[0].start, rel.role[rel.role.length - 1].end) : null;
      const mention = rel ? parseEnglishSubject(line, p.base, rel.np, role) : null;
      if (mention && (mention.kind === "name" || mention.kind === "title")) contentAfter(i, mention);
      continue;
    }
    const left = groupAtSentenceStart(tokens, i) ?? subjectLeft(tokens, i);
    if (!left) continue;
    const role = left.role.length ? line.slice(left.role[0].start, left.role[left.role.length - 1].end) : null;
    const mention = parseEnglishSubject(line, p.base, left.np, role);
    if (!mention) continue;
    const before = tokens[left.from - 1];
    // "“…,” Ruiz said." / "The bridge will reopen, the mayor said."
    const afterVerb = adjunctEnd(tokens, i + 1) - 1;
    // "“…,” X, the union's chairman, told Reuters outside the station.": an audience and adjuncts, no content after the verb.
    const toldAfterQuote = OBJECT_VERBS.has(lc(t)) && tokens[left.from - 2]?.kind === "quote" && onlyAdjunctsAfter(tokens, i);
    if (before?.kind === "comma" && (restIsPunctuation(tokens, afterVerb) || tokens[afterVerb + 1]?.kind === "comma" || (tokens[i + 1]?.kind === "quote") || toldAfterQuote)) {
      const q = tokens[left.from - 2];
      if (q?.kind === "quote") quoteContent(t, q, mention);
      else if (left.from - 1 > 0) add(t, line.slice(sentenceStart, before.start), sentenceStart, "indirect", mention);
      const after = tokens[i + 1]?.kind === "comma" ? i + 2 : i + 1;
      if (tokens[after]?.kind === "quote") quoteContent(t, tokens[after], mention);
      else if (q?.kind !== "quote" && left.from - 1 > 0) asideTail(t, afterVerb + 1, mention);
      continue;
    }
    // "“…,” race director X told …": lowercase words of the title before the part the subject parse kept.
    const titleLead = left.from >= 2 && left.from <= 4 && tokens[0]?.kind === "quote" && tokens.slice(1, left.from).every((x) => x.kind === "word" && /^[a-z][a-z-]+$/.test(x.text) && !isVerb(x) && !SUBJECT_NEVER_STARTS.has(lc(x)))
      && TITLE_WORDS.has(lc(tokens[left.from])) && (mention.kind === "name" || mention.kind === "title");
    if ((before?.kind === "quote" && left.from - 1 === 0) || titleLead) {
      if (titleLead) {
        quoteContent(t, tokens[0], mention);
        const next = tokens[i + 1]?.kind === "comma" ? i + 2 : i + 1;
        if (tokens[next]?.kind === "quote") quoteContent(t, tokens[next], mention);
        continue;
      }
      quoteContent(t, before, mention);
      // “…,” Asante said, “…”: the quote after the verb is the same speaker's.
      const after = tokens[i + 1]?.kind === "comma" ? i + 2 : i + 1;
      if (tokens[after]?.kind === "quote") quoteContent(t, tokens[after], mention);
      continue;
    }
    if (before?.kind === "comma" && left.from - 1 >= 4 && onlyAdjunctsAfter(tokens, i)) {
      // "<statement>, Deputy District Attorney Marcus Hale told jurors on Monday as the trial opened."
      add(t, line.slice(sentenceStart, before.start), sentenceStart, tokens.slice(0, left.from).some((x) => x.kind === "quote") ? "partial" : "indirect", mention);
      continue;
    }
    contentAfter(i, mention);
  }
  return { found, used };
}

/** How many last words of `lead` describe a person named right after it ("his uncle", "the team's coach", "Delia's
 *  lawyer"): a determiner or an owner, then up to three lowercase words; 0 when they do not. */
function describedLead(lead: Token[]): number {
  for (let n = 2; n <= Math.min(4, lead.length); n++) {
    const first = lead[lead.length - n];
    const rest = lead.slice(lead.length - n + 1);
    if (!rest.every((t) => /^[a-z][a-z-]*$/.test(t.text) && !isVerb(t) && !SUBJECT_NEVER_STARTS.has(lc(t)))) return 0;
    if (["the", "his", "her", "their", "its"].includes(lc(first)) || (isCap(first) && /['’]s$/.test(first.text))) return n;
  }
  return 0;
}

/** Words that join a second speaker's statement to the first one's ("…, while X said …", "whereas X argued"). */
const CLAUSE_JOINERS = new Set(["while", "whereas"]);
const STATEMENT_JOINERS = new Set(["and", "but", ...CLAUSE_JOINERS]);

/** "…, adding that …": participles of reporting verbs that continue the clause's speaker. */
const PARTICIPLES_EN = new Set(["saying", "adding", "insisting", "warning", "noting", "arguing", "stressing", "claiming", "explaining", "stating", "acknowledging", "asserting", "contending", "cautioning", "predicting", "conceding", "complaining", "emphasizing", "emphasising", "suggesting"]);
/** "according to a staff report presented to council last month": a document's phrase ends before a past
 *  participle that tells where or when it came out. */
function documentBeforeParticiple(line: string, base: number, np: Token[]): Mention | null {
  const cut = np.findIndex((t, k) => k >= 1 && (/^[a-z]+ed$/.test(t.text) || PAST_PARTICIPLES.has(t.text)) && !NP_OK(t));
  if (cut < 0 || !DOCUMENT_NOUNS.has(lc(np[cut - 1]))) return null;
  // "the latest situation report released by the NCDC on Monday": the body it was released by is the author.
  if (lc(np[cut + 1]) === "by") {
    const rest = np.slice(cut + 2);
    const end = rest.findIndex((t, k) => k > 0 && (ADJUNCT_PREPS.has(lc(t)) || SUBJECT_NEVER_STARTS.has(lc(t))));
    const author = parseEnglishSubject(line, base, end > 0 ? rest.slice(0, end) : rest, null);
    if (author && (author.kind === "organization" || author.kind === "name")) return author;
  }
  return parseEnglishSubject(line, base, np.slice(0, cut), null);
}
const PAST_PARTICIPLES = new Set(["seen", "written", "given", "shown", "drawn", "taken", "made", "done"]);

/** "urged council to set a firm cap …": a call on someone (at most four words) to act is what the speaker said. */
function urgedToAct(tokens: Token[], i: number): boolean {
  if (!["urged", "urges"].includes(lc(tokens[i]))) return false;
  const to = tokens.findIndex((t, k) => k > i + 1 && k <= i + 5 && lc(t) === "to");
  return to > 0 && tokens.slice(i + 1, to).every((t) => t.kind === "word") && /^[a-z]+$/.test(tokens[to + 1]?.text ?? "");
}

/** "called on the commission to publish …": a call on someone (at most four words) to act. */
function calledOnToAct(tokens: Token[], i: number): boolean {
  if (!["called", "calls"].includes(lc(tokens[i])) || lc(tokens[i + 1]) !== "on") return false;
  const to = tokens.findIndex((t, k) => k > i + 2 && k <= i + 6 && lc(t) === "to");
  return to > 0 && tokens.slice(i + 2, to).every((t) => t.kind === "word") && (/^[a-z]+$/.test(tokens[to + 1]?.text ?? "") || tokens[to + 1]?.kind === "quote");
}

/** Participles whose clause may come without "that" ("defended the rise, saying the city had …"). */
const BARE_CLAUSE_PARTICIPLES = new Set(["saying", "adding", "arguing", "insisting", "claiming", "asserting", "contending"]);
const CLAUSE_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "he", "she", "they", "we", "it", "i", "there"]);

/** "…, saying the city had put off …": a subject (a determiner, a pronoun or a capitalized word) right after
 *  the participle opens its reported clause; "saying goodbye" or "arguing about" open none. */
function bareClauseAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!BARE_CLAUSE_PARTICIPLES.has(lc(tokens[i])) || next?.kind !== "word") return false;
  return CLAUSE_OPENERS.has(lc(next)) || isCap(next);
}

/** "described the game as …", "dismissed the claims as …": characterizations, with "as" after the object. */
const DESCRIBE_VERBS = new Set(["described", "describes", "characterized", "characterised", "hailed", "branded", "labeled", "labelled", "dismissed", "denounced"]);

/** "called the plan “…”": naming verbs whose short object is followed by the speaker's quoted words. */
const NAMING_VERBS = new Set(["called", "calls", "termed", "dubbed"]);

/** The quote right after a naming verb's object (at most five words, not "called for/on" a demand). */
function namedQuote(tokens: Token[], i: number): Token | null {
  if (["for", "on", "off", "in", "up", "back"].includes(lc(tokens[i + 1]))) return null;
  let k = i + 1;
  while (k < tokens.length && tokens[k].kind === "word" && k - i <= 5) k++;
  return k > i + 1 && tokens[k]?.kind === "quote" ? tokens[k] : null;
}

/** "told the crowd he would …": an audience (a determiner and at most two words) then a clause opened by a
 *  subject pronoun, with no "that"; where the clause starts, or -1. */
function audienceThenClause(tokens: Token[], j: number): number {
  let k = j;
  if (["the", "a", "an", "his", "her", "their", "its", "our"].includes(lc(tokens[k]))) k++;
  const from = k;
  while (k < tokens.length && tokens[k].kind === "word" && /^[a-z]+$/.test(tokens[k].text) && !SUBJECT_PRONOUNS.has(lc(tokens[k])) && k - from < 2) k++;
  return k > from && SUBJECT_PRONOUNS.has(lc(tokens[k])) ? k : -1;
}
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it"]);

/** "…, which the judge dismissed as baseless": a verb of characterizing right before "as" whose subject follows a
 *  relative pronoun (what it characterizes is the antecedent); its subject, or null. */
function describedRelative(tokens: Token[], i: number): ReturnType<typeof subjectLeft> {
  if (!DESCRIBE_VERBS.has(lc(tokens[i])) || lc(tokens[i + 1]) !== "as") return null;
  const left = subjectLeft(tokens, i);
  return left && left.from >= 1 && ["which", "that"].includes(lc(tokens[left.from - 1])) ? left : null;
}

function asFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < tokens.length && k < i + 12; k++) {
    if (tokens[k].kind === "end") return false;
    if (lc(tokens[k]) === "as") return true;
  }
  return false;
}

/** "expected to merge in a deal that …": a to-infinitive before "that" makes it a relative pronoun, not the
 *  opener of a statement ("said to reporters that" keeps it: an audience after "to"). */
function infinitiveIn(ts: Token[]): boolean {
  return ts.some((t, k) => lc(t) === "to" && !!ts[k + 1] && /^[a-z]+$/.test(ts[k + 1].text) && !["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "reporters", "journalists"].includes(lc(ts[k + 1])) && !GROUP_NOUNS.has(lc(ts[k + 1])));
}

/** "acknowledged, however, that …": a short aside set off by commas before "that"; where the content starts, or -1. */
function parentheticalThat(tokens: Token[], j: number): number {
  if (tokens[j]?.kind !== "comma") return -1;
  let k = j + 1;
  while (k < tokens.length && tokens[k].kind === "word" && k - j <= 3) k++;
  return k > j + 1 && tokens[k]?.kind === "comma" && lc(tokens[k + 1]) === "that" ? k + 2 : -1;
}

/** "Commentators on the official broadcast said …", "Residents of the valley told …": a group noun opening the
 *  sentence with its prepositional phrase, right up to the verb. */
function groupAtSentenceStart(tokens: Token[], i: number): { np: Token[]; role: Token[]; from: number } | null {
  let ts = tokens.slice(0, i);
  let role: Token[] = [];
  // "Residents of the town, some of whom had camped on the beach, said": an aside set off by commas before the verb.
  const c = ts.findIndex((t) => t.kind === "comma");
  if (c > 0 && ts[ts.length - 1]?.kind === "comma" && ts.length - c <= 20 && ts.slice(c + 1, -1).every((t) => t.kind === "word")) {
    role = ts.slice(c + 1, -1);
    ts = ts.slice(0, c);
  }
  if (ts.length < 3 || ts.length > 14 || ts.some((t) => t.kind !== "word")) return null;
  let h = 0;
  while (h < ts.length && (["the", "some", "many", "several", "most"].includes(lc(ts[h])) || /^\d+$/.test(ts[h].text))) h++;
  if (ts.length <= 10 && (GROUP_NOUNS.has(lc(ts[h])) || COLLECTIVE_PEOPLE.has(lc(ts[h]))) && GROUP_QUALIFIERS.has(lc(ts[h + 1]))) return { np: ts, role, from: 0 };
  // "A person close to the team, who …, said": a single unnamed source with its qualifier.
  // "A polling official at one of the stations, who …, said": likewise an unnamed official after up to two modifiers.
  const source = ["a", "an", "one"].includes(lc(ts[0])) ? unnamedSourceHead(ts) : -1;
  if (ts.length <= 10 && source > 0 && GROUP_QUALIFIERS.has(lc(ts[source + 1])) && lc(ts[source + 1]) !== "who") return { np: ts, role, from: 0 };
  // "Several elite runners who …", "Industry sources familiar with …", "Fishermen and dock workers gathered at …":
  // a quantifier, up to two modifiers and a plural people noun (or two joined by "and"), then its qualifier.
  const head = (x: number): number => {
    for (let m = x; m <= x + 2 && m < ts.length; m++) {
      if (isPeopleNoun(ts[m])) return m;
      if (!(/^[a-z][a-z-]+$/.test(ts[m].text) || (m === 0 && isCap(ts[m]))) || GROUP_QUALIFIERS.has(lc(ts[m])) || ["the", "a", "an", "and", "to"].includes(lc(ts[m]))) return -1;
    }
    return -1;
  };
  let e = head(h);
  if (e < 0) return null;
  if (lc(ts[e + 1]) === "and") {
    const e2 = head(e + 2);
    if (e2 < 0) return null;
    e = e2;
  }
  const q = ts[e + 1];
  // "Several astronomers not involved in the study": a negated participle qualifies the group too.
  const negated = lc(q) === "not" && /^[a-z]+ed$/.test(ts[e + 2]?.text ?? "");
  const qualified = !!q && (GROUP_QUALIFIERS.has(lc(q)) || negated || (/^[a-z]+ed$/.test(q.text) && ADJUNCT_PREPS.has(lc(ts[e + 2])) || ["by", "near"].includes(lc(ts[e + 2]))));
  if (!qualified) return null;
  // A prepositional or "who" qualifier stays with the group ("officials at the ministry"); a participle describes it.
  if (GROUP_QUALIFIERS.has(lc(q)) || negated) return { np: ts, role, from: 0 };
  return { np: ts.slice(0, e + 1), role: role.length ? role : ts.slice(e + 1), from: 0 };
}

/** Plural nouns of people: the group list, or an agent noun ("runners", "cyclists", "musicians", "dockmen"). */
const NOT_PEOPLE = new Set(["others", "numbers", "papers", "letters", "orders", "matters", "waters", "centers", "headquarters", "figures", "towers", "borders", "powers", "chambers", "quarters", "meters", "filters", "layers", "barriers"]);
function isPeopleNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  const w = lc(t);
  return GROUP_NOUNS.has(w) || (/^[a-z]{3,}(?:ers|ists|ians|men)$/.test(w) && !NOT_PEOPLE.has(w));
}

/** "Staff at the practice", "crew on the ferry": singular nouns for a group of people, when a qualifier follows. */
/** Where the head of an indefinite unnamed source is ("a person", "a polling official"): -1 if there is none. */
function unnamedSourceHead(ts: Token[]): number {
  if (SOURCE_NOUNS.has(lc(ts[1]))) return 1;
  for (let m = 1; m <= 3 && m < ts.length; m++) {
    if (lc(ts[m]) === "official") return m;
    if (!/^[a-z][a-z-]+$/.test(ts[m].text) || GROUP_QUALIFIERS.has(lc(ts[m])) || isVerb(ts[m])) return -1;
  }
  return -1;
}
const COLLECTIVE_PEOPLE = new Set(["staff", "personnel", "crew"]);

/** A single unnamed source, known only by what qualifies it ("a person close to the team"). */
const SOURCE_NOUNS = new Set(["person", "source", "someone", "insider"]);

/** Words that open what qualifies a group noun: a preposition, "who …", "familiar with …", "close to …". */
const GROUP_QUALIFIERS = new Set(["on", "at", "in", "from", "of", "for", "with", "across", "near", "around", "inside", "outside", "who", "familiar", "close", "involved", "briefed"]);

/** Modals and auxiliaries: the word after a subject's head noun ("Port fees will rise"). */
const MODALS = new Set(["will", "would", "can", "could", "shall", "should", "may", "might", "must", "have", "has", "had", "are", "were", "do", "did"]);

/** The subject that opens the sentence ("Gen. X, who commands …, rejected the criticism, insisting …"):
 *  the first verb-like word whose subject phrase starts the sentence. */
function sentenceSubject(line: string, base: number, tokens: Token[], until: number): Mention | null {
  const start = ["but", "and", "however", "still", "yet"].includes(lc(tokens[0])) ? (tokens[1]?.kind === "comma" ? 2 : 1) : 0;
  let modified = Infinity;
  for (let m = start + 1; m < until; m++) {
    const t = tokens[m];
    if (t.kind !== "word" || !/^[a-z]/.test(t.text) || NP_OK(t)) continue;
    if (!/[a-z](?:ed|s)$/.test(t.text) && !isVerb(t)) continue;
    // "Port fees will rise …": a plural noun before a modal or an auxiliary heads the subject; it is not the verb.
    if (/s$/.test(t.text) && !isVerb(t) && MODALS.has(lc(tokens[m + 1]))) continue;
    // "Karonga youths activist Steven Simsokwe disputed …": a plural noun after the capitalized words opening the
    // sentence and before a title and a full name modifies them ("The company hired analyst X" keeps its verb).
    const plural = /[^su]s$/.test(t.text) && tokens.slice(start, m).every(isCap);
    if (plural && !isVerb(t) && titleThenName(tokens, m + 1)) {
      modified = m;
      continue;
    }
    const left = subjectLeft(tokens, m);
    if (!left) continue;
    // The subject's lead is the words before the modifier: the whole phrase is the subject.
    const lead = left.from > modified && tokens.slice(start, left.from).every((x) => x.kind === "word" && !isVerb(x));
    if (left.from !== start && !lead) continue;
    const np = left.from === start ? left.np : tokens.slice(start, tokens.indexOf(left.np[left.np.length - 1]) + 1);
    const role = left.role.length ? line.slice(left.role[0].start, left.role[left.role.length - 1].end) : null;
    const mention = parseEnglishSubject(line, base, np, role);
    return mention && ["name", "title", "pronoun", "epithet", "organization"].includes(mention.kind) ? mention : null;
  }
  return null;
}

/** From index `j`: up to three lowercase words holding a title or a person noun ("activist", "party chairman"), then
 *  a personal name of two words or more. */
function titleThenName(tokens: Token[], j: number): boolean {
  let e = j;
  while (e < tokens.length && e - j < 3 && tokens[e].kind === "word" && /^[a-z][a-z-]*$/.test(tokens[e].text)) e++;
  if (e === j || !tokens.slice(j, e).some((t) => TITLE_WORDS.has(lc(t)) || isPersonHead(t))) return false;
  let n = e;
  while (n < tokens.length && (isNameWord(tokens[n]) || (n > e && PARTICLES.has(lc(tokens[n]))))) n++;
  return bareName(tokens.slice(e, n));
}

const BLAME_VERBS = new Set(["blamed", "blames", "attributed", "attributes"]);
const STAFF_NOUNS = new Set(["staff", "researchers", "auditors", "analysts", "economists", "inspectors", "experts", "scientists", "engineers"]);
const TIME_LEADS = new Set(["last", "this", "earlier", "next"]);
const TIME_UNITS = new Set(["year", "month", "week", "spring", "summer", "fall", "autumn", "winter"]);

/** "A report by the security firm X published in March found that …": the document's author, when the
 *  words before the verb (back to the clause start) name a document and its author. */
const FOCUS_ADVERBS = new Set(["also", "further", "likewise", "previously", "earlier"]);

function documentSubject(line: string, base: number, tokens: Token[], i: number): Mention | null {
  let end = i;
  let s = i - 1;
  while (s >= 0 && tokens[s].kind === "word" && i - s < 16) s--;
  // "A report by the X Center, a research group, found …" / "A report by …, released last month, concluded …":
  // up to two asides set off by commas between the document phrase and its verb.
  for (let step = 0; step < 2 && s === end - 1 && tokens[s]?.kind === "comma"; step++) {
    let c = s - 1;
    while (c >= 0 && tokens[c].kind === "word" && s - c < 12) c--;
    if (c < 0 || tokens[c].kind === "end") {
      end = s;
      s = c;
      break;
    }
    if (tokens[c].kind !== "comma") return null;
    end = s;
    s = c;
    let b = c - 1;
    while (b >= 0 && tokens[b].kind === "word" && c - b < 16) b--;
    if (b < 0 || tokens[b].kind === "end") {
      end = c;
      s = b;
      break;
    }
  }
  // "The report also found that …": an adverb between the document and its verb is no part of it.
  const ws = tokens.slice(s + 1, end - (FOCUS_ADVERBS.has(lc(tokens[end - 1])) ? 1 : 0));
  const doc = ws.findIndex((t) => DOCUMENT_NOUNS.has(lc(t)));
  if (doc < 0 || doc > 2) return null;
  // "An audit report tabled in the assembly last year blamed …": the document ends before where it came out.
  const m = documentBeforeParticiple(line, base, ws) ?? parseEnglishSubject(line, base, ws, null);
  return m && (m.kind === "organization" || m.kind === "name") ? m : null;
}

// Letters beyond ASCII ("Tomás Echeverría", "Łukasz Nowak") are name letters too.
// A name word may hold a second capital ("DeLuca", "McAllister"): it is one word, never cut at the capital.
const NAMED = /(?<![\p{L}\p{M}])((?:\p{Lu}\p{Ll}+\.?\s+)*)(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{L}+)?(?:\s+(?:al-|el-|(?:bin|ibn|ul|de|la|van|von|der|den|ter)\s+){0,2}\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{L}+)?)+)(?![\p{L}\p{M}])/gu;

/** A single capitalized word opening a sentence before a comma or a lowercase word ("Wierzbicki, who …"). */
const SURNAME_OPENING = /(?:^|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?)(?=,|\s+\p{Ll})/gu;

/** The person the masked text (quotes blanked) last names before `at`: a full name, or a surname opening a
 *  sentence that the article writes in full elsewhere. */
function latestNamed(masked: string, at: number, articleText: string, gender: Gender): { start: number; surface: string; titles: string } | null {
  let best: { start: number; surface: string; titles: string } | null = null;
  NAMED.lastIndex = 0;
  for (let r = NAMED.exec(masked); r && r.index < at; r = NAMED.exec(masked)) {
    const start = r.index + r[1].length;
    if (start + r[2].length > at) break;
    // "on Kettle Street", "includes East Corrington": a place is skipped, the person named before it still counts.
    if (isPlaceName(r[2], masked.slice(0, r.index))) continue;
    // "Dr X of the National Astronomical Observatory": a body named after the person is no person, and does not hide them.
    if (!personLike(r[2])) continue;
    best = { start, surface: r[2], titles: r[1].trim() };
  }
  SURNAME_OPENING.lastIndex = 0;
  for (let r = SURNAME_OPENING.exec(masked); r; r = SURNAME_OPENING.exec(masked)) {
    const start = r.index + r[0].length - r[1].length;
    if (start >= at) break;
    if ((!best || start > best.start) && englishFullName(articleText, r[1])) best = { start, surface: r[1], titles: "" };
  }
  if (!best || !personLike(best.surface)) return null;
  if (best.surface.includes(" ") && contradictsGender(best.surface.split(/\s+/)[0], gender)) return null;
  return best;
}

/** A capitalized run with no body, group, place, title or function word in it. */
function personLike(surface: string): boolean {
  const words = surface.split(/\s+/);
  if (words.some((w) => ORG_WORDS.has(w.toLowerCase()) || GROUP_NOUNS.has(w.toLowerCase()) || PLACE_WORDS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) || NP_WORDS.has(w.toLowerCase()))) return false;
  return !words.some((w) => /^(?:The|A|An|But|And|In|On|At|When|While|After|Before|If|As)$/.test(w));
}

const PLACE_PREFIXES = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower", "greater", "new", "port", "fort", "mount", "lake", "cape", "san", "santa"]);
const PLACE_PREPOSITIONS = /(?:^|\s)(?:in|at|near|across|around|outside|inside|through|into|includes|including)\s+$/i;

/** A capitalized run that names a place: a place word last ("Kettle Street"), a compass or place word first
 *  ("East Corrington", "Port Elsby"), or right after a preposition of place ("in Carrow Heights"). */
function isPlaceName(surface: string, before: string): boolean {
  const ws = surface.toLowerCase().split(/\s+/);
  return PLACE_WORDS.has(ws[ws.length - 1]) || PLACE_PREFIXES.has(ws[0]) || PLACE_PREPOSITIONS.test(before);
}

/** "Councilwoman Dana Whitfield called the plan rushed. …, she said." / "Kessler, who …, was calm. “…,” he said.":
 *  a he/she with no speaker earlier in the paragraph refers to the person the paragraph last named. */
function resolvePronounToNamed(p: Paragraph, masked: string, a: Attribution, inParagraph: Attribution[], articleText: string, previous?: Paragraph, previousAttributions: Attribution[] = []): void {
  const m = a.mention;
  if (a.sameAs || m.kind !== "pronoun" || (m.gender !== "m" && m.gender !== "f")) return;
  const at = m.pos - p.base;
  if (inParagraph.some((x) => x !== a && x.mention.pos - p.base < at && x.start <= at)) return;
  const subject = previousSentenceSubject(masked, at, articleText, m.gender);
  if (subject) {
    a.mention = { kind: "name", surface: p.text.slice(subject.start, subject.start + subject.surface.length), role: subject.titles || null, gender: m.gender, pos: p.base + subject.start };
    return;
  }
  const last = latestNamed(masked, at, articleText, m.gender);
  if (last && otherPersonBeside(masked, last, at, m.gender)) {
    a.mention = { ...m, ambiguous: true };
    return;
  }
  if (last) {
    a.mention = { kind: "name", surface: p.text.slice(last.start, last.start + last.surface.length), role: last.titles || null, gender: m.gender, pos: p.base + last.start };
    return;
  }
  // "The mayor, who lost her car, was scathing. “…,” she said.": a sentence of the paragraph opening on a definite
  // title (no name after it) is the pronoun's antecedent: the person the article introduced with that title.
  const titled = latestDefiniteTitle(masked, at);
  if (titled) {
    a.mention = { kind: "title", surface: titled.title, role: titled.title, gender: m.gender, pos: p.base + titled.start };
    return;
  }
  // "That was little comfort to Maria Szabo, 64, …" / "“…,” she said.": a paragraph that opens on a pronoun refers to
  // the person the paragraph before last named, when that paragraph quotes nobody (else its speaker goes on).
  if (!previous || previousAttributions.length || inParagraph.some((x) => x !== a && x.start < a.start)) return;
  const prevMasked = maskQuotes(previous.text, quoteSpans(previous.text));
  // "The minister restated … the fight against Boko Haram. / He said …": a paragraph opening on a definite title has
  // that person as its subject; a name later in it is an object.
  const opening = openingDefiniteTitle(prevMasked);
  if (opening) {
    a.mention = { kind: "title", surface: opening, role: opening, gender: m.gender, pos: previous.base + 4 };
    return;
  }
  const named = latestNamed(prevMasked, prevMasked.length, articleText, m.gender);
  if (!named) return;
  a.mention = { kind: "name", surface: previous.text.slice(named.start, named.start + named.surface.length), role: named.titles || null, gender: m.gender, pos: previous.base + named.start };
}

/** "Lawson finished second to world champion Luvo Manyonga. He had said …": a he/she opening its sentence goes on
 *  with the person named as the subject of the sentence before (its opening name, with any titles), not with the
 *  latest name in it; null when that sentence opens on no person of a compatible gender. */
function previousSentenceSubject(masked: string, at: number, articleText: string, gender: Gender): { start: number; surface: string; titles: string } | null {
  const before = masked.slice(0, at);
  const end = /[.!?]["”’]?\s+$/.exec(before);
  if (!end) return null;
  const body = before.slice(0, end.index);
  const boundary = [...body.slice(-1000).matchAll(/[.!?]["”’]?\s+(?=\S)/g)].pop();
  const from = boundary ? body.length - Math.min(body.length, 1000) + boundary.index + boundary[0].length : 0;
  return subjectOf(body.slice(from), from, articleText, gender);
}

/** The person a sentence opens on as its subject ("Ama Owusu spoke …", "Owusu, who …"), at offset `from`. */
function subjectOf(sentence: string, from: number, articleText: string, gender: Gender): { start: number; surface: string; titles: string } | null {
  NAMED.lastIndex = 0;
  const full = NAMED.exec(sentence);
  // "Transport minister Ama Owusu spoke …": a title written in lower case may stand before the name.
  const titled = full ? /^(?:\p{L}+\s+){0,3}(\p{Ll}+)\s+$/u.exec(sentence.slice(0, full.index)) : null;
  const lead = full && full.index > 0 && titled && ROLE_HEAD_WORDS.has(titled[1]) ? sentence.slice(0, full.index) : "";
  if (full && (full.index === 0 || lead) && /^(?:,|\s+\p{Ll})/u.test(sentence.slice(full.index + full[0].length)) && personLike(full[2]) && !isPlaceName(full[2], "")) {
    if (contradictsGender(full[2].split(/\s+/)[0], gender)) return null;
    return { start: from + full.index + full[1].length, surface: full[2], titles: (lead + full[1]).trim() };
  }
  const surname = /^(\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?)(?=,|\s+\p{Ll})/u.exec(sentence);
  const named = surname && englishFullName(articleText, surname[1]);
  if (!surname || !named || contradictsGender(named.split(/\s+/)[0], gender)) return null;
  return { start: from, surface: surname[1], titles: "" };
}

/** "Minister Ama Owusu spoke on Monday. / “… / “…,” she said.": a quotation running on over paragraphs is one
 *  statement, so a pronoun closing it refers back from where it opened: to the subject of the narrative paragraph
 *  just before the run (one that quotes nobody and opens on no quotation mark), or to nobody. */
function resolveRunClosingPronoun(a: Attribution, opened: Paragraph | undefined, openedFound: Attribution[], articleText: string): void {
  const m = a.mention;
  if (a.sameAs || m.kind !== "pronoun" || m.ambiguous || (m.gender !== "m" && m.gender !== "f") || !opened || openedFound.length) return;
  if (/^\s*[“”"‘’']/.test(opened.text)) return;
  const masked = maskQuotes(opened.text, quoteSpans(opened.text));
  const title = openingDefiniteTitle(masked);
  if (title) {
    a.mention = { kind: "title", surface: title, role: title, gender: m.gender, pos: opened.base + 4 };
    return;
  }
  const subject = subjectOf(masked, 0, articleText, m.gender);
  if (subject) a.mention = { kind: "name", surface: opened.text.slice(subject.start, subject.start + subject.surface.length), role: subject.titles || null, gender: m.gender, pos: opened.base + subject.start };
}

/** "Union leader Tom Baker met Mayor Paul Grant. “…,” he said.": the sentence that names the pronoun's candidate
 *  names another person the pronoun may as well refer to (no gender tells them apart). */
function otherPersonBeside(masked: string, last: { start: number; surface: string }, at: number, gender: Gender): boolean {
  const from = Math.max(masked.lastIndexOf(". ", last.start), masked.lastIndexOf("? ", last.start), masked.lastIndexOf("! ", last.start)) + 1;
  const to = masked.slice(last.start, at).search(/[.!?](?:\s|$)/);
  const sentence = masked.slice(from, to < 0 ? at : last.start + to);
  const surname = (x: string) => x.split(/\s+/).pop()!.toLowerCase();
  NAMED.lastIndex = 0;
  for (const r of sentence.matchAll(NAMED)) {
    const name = r[2];
    if (surname(name) === surname(last.surface) || !personLike(name) || isPlaceName(name, sentence.slice(0, r.index))) continue;
    if (contradictsGender(name.split(/\s+/)[0], gender)) continue;
    return true;
  }
  return false;
}

/** "… was echoed by two officials at the Produce Board, who spoke on condition of anonymity. They said …": a "they"
 *  opening a sentence, with no speaker before it in the paragraph, is the one counted group of people the sentence
 *  just before names; with several there it is left unattributed, with none it stays a pronoun. */
function resolvePluralToGroup(p: Paragraph, masked: string, a: Attribution, inParagraph: Attribution[]): void {
  const m = a.mention;
  if (a.sameAs || m.kind !== "pronoun" || m.gender !== "pl") return;
  const at = m.pos - p.base;
  const opening = groupOpeningClause(masked, at);
  if (opening) {
    a.mention = { kind: "group", surface: opening.surface, role: null, gender: "pl", pos: p.base + opening.start };
    return;
  }
  if (!/^They\b/.test(masked.slice(at)) || inParagraph.some((x) => x !== a && x.start < a.start)) return;
  const before = masked.slice(0, at).replace(/\s+$/, "");
  if (!/[.!?]$/.test(before)) return;
  const sentence = before.slice(0, -1).split(/[.!?]\s+/).pop() ?? "";
  const groups = [...sentence.matchAll(COUNTED_GROUP)].filter((g) => isPeopleNoun({ kind: "word", text: g[2], start: 0, end: 0 }));
  if (groups.length > 1) a.mention = { ...m, ambiguous: true };
  if (groups.length !== 1) return;
  const g = groups[0];
  const start = p.text.indexOf(g[1], before.length - sentence.length - 1);
  a.mention = { kind: "group", surface: g[1], role: null, gender: "pl", pos: p.base + Math.max(0, start) };
}
/** "While police have asked villagers to stay silent, they have confirmed …": a "they" opening the main clause right
 *  after a subordinate clause that opens the sentence refers to that clause's subject when it is a plural noun of
 *  people (the subordinator may be set in capitals, as a lead's first word often is). Where and what that subject is. */
function groupOpeningClause(masked: string, at: number): { start: number; surface: string } | null {
  if (!/^they\b/.test(masked.slice(at, at + 5))) return null;
  const before = masked.slice(Math.max(0, at - 400), at);
  const from = Math.max(0, ...[...before.matchAll(/[.!?]["”’]?\s+/g)].map((x) => x.index! + x[0].length));
  const sentence = before.slice(from);
  // Only the comma that closes the clause: a list or an aside in it may hold other plural nouns.
  if (!/,\s+$/.test(sentence) || sentence.indexOf(",") !== sentence.lastIndexOf(",")) return null;
  const clause = /^(?:while|whereas|although|though|as|when|after|before|since|because)\s+((?:the\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+))\s+(?:have|has|had|were|are|did|do|would|will|could|may|might|must|should)\b/i.exec(sentence);
  if (!clause || !isPeopleNoun({ kind: "word", text: clause[2], start: 0, end: 0 })) return null;
  return { start: at - before.length + from + clause[0].indexOf(clause[1]), surface: clause[1] };
}

/** "two officials at the National Cereals and Produce Board", "several residents of Port Elsby": a counted plural
 *  noun (group 2) and an "at/of/from/in" phrase with a capitalized body or place; group 1 is the whole phrase. */
const COUNTED_GROUP = /\b((?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Dd]ozens of|[Aa] group of|[Aa] number of)\s+(?:[a-z-]+\s+){0,2}?([a-z]+s|people|police|staff)(?:\s+(?:at|of|from|in|with)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}'’-]*))*)?)/gu;

/** The last sentence before `at` that opens on "The <title>" followed by a comma or a lowercase verb-like word. */
/** "The minister restated …", "The deputy police chief said …": the title (up to three lowercase words, a title word
 *  last) a text opens on as its subject, then its lowercase verb; null otherwise. */
function openingDefiniteTitle(text: string): string | null {
  const r = /^The((?:\s+[a-z]+){1,4})/.exec(text);
  const ws = r ? r[1].trim().split(/\s+/) : [];
  const head = ws.findIndex((w, x) => x < 3 && ROLE_HEAD_WORDS.has(w));
  return head >= 0 && head < ws.length - 1 ? ws.slice(0, head + 1).join(" ") : null;
}

function latestDefiniteTitle(masked: string, at: number): { start: number; title: string } | null {
  let best: { start: number; title: string } | null = null;
  for (const r of masked.slice(0, at).matchAll(/(?:^|[.!?]["”’]?\s+)The\s+((?:[a-z]+\s+){0,2}([a-z]+))(?=,|\s+[a-z])/g)) {
    if (!ROLE_HEAD_WORDS.has(r[2])) continue;
    best = { start: r.index + r[0].length - r[1].length, title: r[1] };
  }
  return best;
}

/** "The Polish grandmaster acknowledged …": an epithet names the person last named in its paragraph or the one
 *  before; with nobody named there it is left unresolved (and dropped) rather than guessed. */
function resolveEpithet(a: Attribution, paragraphs: Paragraph[], masked: Map<Paragraph, string>, articleText: string): void {
  if (a.sameAs || a.mention.kind !== "epithet") return;
  // "the Belgian coach" after "coach Tom Berger": the person introduced with the epithet's noun, when only one was;
  // when several were, none of them.
  const introduced = introducedWithNoun(paragraphs, a.mention.surface.split(/\s+/).pop()!.toLowerCase(), a.mention.pos);
  if (introduced.length > 1) return;
  if (introduced.length === 1) {
    a.mention = { kind: "name", surface: introduced[0].surface, role: a.mention.role, gender: null, pos: introduced[0].pos };
    return;
  }
  const k = paragraphs.findIndex((p) => p.line === a.paragraph);
  for (const [p, at] of [[paragraphs[k], a.mention.pos - paragraphs[k].base], [paragraphs[k - 1], Infinity]] as const) {
    if (!p) continue;
    const text = masked.get(p)!;
    const last = latestNamed(text, Math.min(at, text.length), articleText, null);
    if (last) {
      a.mention = { kind: "name", surface: p.text.slice(last.start, last.start + last.surface.length), role: a.mention.role, gender: null, pos: p.base + last.start };
      return;
    }
  }
}
