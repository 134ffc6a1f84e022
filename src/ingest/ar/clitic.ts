// A preposition written onto a word (بـ، لـ، كـ، للـ, after و/ف): "بصحة المدينة"، "لعقيد تركي"، "بتونس"، "للأناضول".
// Such a word opens a prepositional phrase, so a "name" that starts with it is no one's name. Names that start with
// the same letters (بشار، بلال، ليلى، كمال، بوتين) are told apart by what is left without the letter: a name leaves no
// word the lists know (شار، لال), a phrase leaves one (صحة، عقيد، تونس). Normalized words (normAr).
import NAMES_AR from "../data/names-ar.json" with { type: "json" };
import COMMON_WORDS_AR from "../data/common-words-ar.json" with { type: "json" };
import { COMMON_WORDS, DOCUMENT_HEADS, GROUP_HEADS, isGroupHead, isOccasion, ORG_HEADS, OUTLET_HEADS, REPORTING_VERBS, ROLE_CONTINUATIONS, ROLE_HEADS, STATES, TIME_WORDS } from "../lexicon-ar.js";
import { isMasdar } from "../masdar-ar.js";
import { nameSpellings } from "../../normalize/names.js";

const FREQUENT_WORDS = new Set(COMMON_WORDS_AR.words);
/** Names that start with ب، ل or ك and leave a listed word without it (كمال: مال، باسم: اسم), when the name table
 *  lacks them (data/names-ar.json cliticLookalikes). */
const LOOKALIKES = new Set<string>(NAMES_AR.cliticLookalikes.words);

/** A word the lists know as no name: a state, a body, a title, a group, a frequent word of the news, a verbal noun,
 *  a document, an occasion, a time word. */
function listedNoName(w: string): boolean {
  // "كوفي": no preposition is written before a conjunction (ك + وفي), so a word left so is no word at all.
  if (/^[وف]/.test(w) && (COMMON_WORDS.has(w.slice(1)) || FREQUENT_WORDS.has(w.slice(1)))) return false;
  const definite = "ال" + w;
  return !!STATES[w] || !!STATES[definite] || ORG_HEADS.has(w) || ORG_HEADS.has(definite) || ROLE_HEADS.has(w) || ROLE_HEADS.has(definite)
    || GROUP_HEADS.has(w) || isGroupHead(w) || OUTLET_HEADS.has(w) || DOCUMENT_HEADS.has(w) || ROLE_CONTINUATIONS.has(w) || COMMON_WORDS.has(w)
    || TIME_WORDS.has(w) || TIME_WORDS.has(definite) || FREQUENT_WORDS.has(w) || isOccasion(w) || REPORTING_VERBS.has(w) || isMasdar(w);
}

const ARTICLE = /^(?:[وبلك]?ال|لل)/;
/** The word (normalized) carries the article, after an optional conjunction or preposition: الوزير، والوزير، بالمحكمة، للأناضول. */
export function hasArticle(w: string): boolean {
  return ARTICLE.test(w);
}

/** A preposition (ب، ل، ك) written onto a word, after an optional conjunction (و، ف), and the word left (three letters
 *  or more). */
const ATTACHED = /^([وف]?)([بلك])(.{3,})$/;

export interface PrepositionReading {
  /** و/ف may be written before the preposition: "وبوزارة"، "فبتونس". */
  afterConjunction?: boolean;
  /** Only an indefinite word is left: none opening on ال or ل (بالمحكمة، للأناضول; بلدية، كلمة are read the same way). */
  indefinite?: boolean;
}

/** The word left without the preposition (ب، ل، ك) written onto `w` (normalized), of three letters or more, when the name
 *  table does not know `w` (as a name or as a name that is also a common word: لطفي، باسم); else null. */
export function prepositionRest(w: string, { afterConjunction = false, indefinite = false }: PrepositionReading = {}): string | null {
  const m = ATTACHED.exec(w);
  if (!m || (m[1] && !afterConjunction) || (indefinite && /^(?:ال|ل)/.test(m[3]))) return null;
  return nameSpellings(w) ? null : m[3];
}

/** True when the word (normalized) is a preposition written onto a word, not a name: the name table and the listed
 *  lookalikes say it is a name; otherwise a preposition with the article (بالـ، كالـ before two letters more, لل), or one
 *  that leaves a listed word. */
export function carriesPreposition(w: string): boolean {
  if (LOOKALIKES.has(w)) return false;
  const bare = /^[وف]/.test(w) ? w.slice(1) : w;
  if (bare !== w && (nameSpellings(bare) || LOOKALIKES.has(bare))) return false;
  const rest = prepositionRest(w, { afterConjunction: true });
  if (!rest) return false;
  const preposition = w[w.length - rest.length - 1];
  if (/^ال../.test(rest) || (preposition === "ل" && rest.startsWith("ل"))) return true;
  return listedNoName(rest);
}
