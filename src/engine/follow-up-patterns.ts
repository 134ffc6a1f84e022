// The shapes of a follow-up question, in English, Arabic (MSA and dialect) and Arabizi. Each
// pattern is matched against the whole question (lower-cased, punctuation stripped, spaces
// collapsed); `topic` is the named group it may capture. Patterns are anchored and hold no nested
// quantifiers, so matching stays linear. Data, not code: add a row to cover a new wording.
export type FollowUpShape = "who_is" | "who_else" | "what_else" | "about" | "what_said";
export type FollowUpLang = "en" | "ar" | "arabizi";

export interface FollowUpPattern {
  shape: FollowUpShape;
  lang: FollowUpLang;
  re: RegExp;
}

const P = (shape: FollowUpShape, lang: FollowUpLang, source: string): FollowUpPattern => ({
  shape,
  lang,
  re: new RegExp(`^${source}$`, "u"),
});

// Reused fragments.
const HE_EN = "(?:he|she|they|him|her|them)";
const SAY_EN = "(?:say|said|tell|told|claim|claimed|mention|mentioned|add|added|warn|warned)";
const ABOUT_EN = "(?:about|abt|bout|on|regarding|concerning)";
const SAY_AR = "(?:قال|قالت|قالوا|قالو|صرح|صرحت|صرحوا|ذكر|ذكرت|ذكروا|أضاف|اضاف|حكى|حكت|حكوا)";
const WHAT_AR = "(?:ماذا|ما|شو|ايش|إيش|وش|ايه|إيه|اش|شنو|اشنو|واش)";
const ABOUT_AR = "(?:عن|حول|بخصوص|بشأن|على|في)";
const MORE_AR = "(?:كمان|كما?ن|أيضا|ايضا|أيضاً|ايضاً|تاني|ثاني|غير كده|غير هيك|غير ذلك|بعد|زيادة)";
const HE_AR = "(?:هو|هي|هم|هاد|هذا|هذه|هاي|ده|دي|هادا)";
const SAY_ZI = "(?:2al|2alet|2alo|2alou|qal|qalet|qalo|9al|9alet|9alo|kal|gal)";
const WHAT_ZI = "(?:shu|shou|sho|eh|eih|ech|esh|ish|achno|chno|wesh|wash|ayh|aih)";
const ABOUT_ZI = "(?:3an|3la|3ala|7awl|fi|fe)";
const MORE_ZI = "(?:kaman|kamen|kman|tani|tany|ghir keda|ghir heik|kmn)";

export const FOLLOW_UP_PATTERNS: readonly FollowUpPattern[] = [
  // who is he / what's his title
  P("who_is", "en", `(?:and |so )?(?:who is|who's|whos|who was) ${HE_EN}(?: exactly| again)?`),
  P("who_is", "en", `(?:and |so )?(?:what is|what's|whats|what was) (?:his|her|their) (?:actual |real |full |official |exact )?(?:title|name|role|job|position)`),
  P("who_is", "ar", `و?(?:مين|من) ${HE_AR}(?: ${HE_AR})?`),
  P("who_is", "ar", `و?(?:شو|ما|ايش|إيش|ايه|إيه) (?:هو )?(?:منصبه|منصبها|وظيفته|وظيفتها|اسمه|اسمها|لقبه|صفته|صفتها|دوره)(?: بالضبط| الكامل)?`),
  P("who_is", "arabizi", `w?(?:min|meen|mn|shkoun|chkoun) (?:howa|hiya|huwa|hoa|hada|da|di|hay)`),
  // who else
  P("who_else", "en", `(?:and |so )?who else(?: (?<topic>[^?]{1,200}))?`),
  P("who_else", "ar", `و?(?:مين|من) (?:كمان|تاني|ثاني|أيضا|ايضا|غيره|غيرو|غيرها)(?: (?<topic>.{1,200}))?`),
  P("who_else", "arabizi", `w?(?:min|meen|mn|shkoun) (?:kaman|kamen|tani|tany|ghiro|ghero)(?: (?<topic>.{1,200}))?`),
  // what else did he say (about X)
  P("what_else", "en", `(?:and |so )?what else(?: did| has| have| does)?(?: ${HE_EN})?(?: ${SAY_EN})?(?: ${ABOUT_EN} (?<topic>.{1,200}))?`),
  P("what_else", "ar", `و?${WHAT_AR}? ?(?:${SAY_AR} )?(?:${HE_AR} )?${MORE_AR}(?: ${SAY_AR})?(?: ${ABOUT_AR} (?<topic>.{1,200}))?`),
  P("what_else", "ar", `و?${SAY_AR} ${WHAT_AR} ${MORE_AR}(?: ${ABOUT_AR} ?(?<topic>.{1,200}))?`),
  P("what_else", "arabizi", `w?${WHAT_ZI}? ?(?:${SAY_ZI} )?${MORE_ZI}(?: ${SAY_ZI})?(?: ${ABOUT_ZI} (?<topic>.{1,200}))?`),
  // and about X
  P("about", "en", `(?:and|what|how|so what) about (?<topic>.{1,200})`),
  P("about", "ar", `(?:و|وماذا |وشو |وايش |وإيش )${ABOUT_AR} ?(?<topic>.{1,200})`),
  P("about", "arabizi", `(?:w|w shu|w eh|w esh) ?${ABOUT_ZI} (?<topic>.{1,200})`),
  // what did he say (about X) / bare reporting verb
  P("what_said", "en", `(?:and |so )?what (?:did|has|have|does|do) ${HE_EN} ${SAY_EN}(?: ${ABOUT_EN} (?<topic>.{1,200}))?`),
  P("what_said", "ar", `و?${WHAT_AR} ${SAY_AR}(?: ${HE_AR})?(?: ${ABOUT_AR} ?(?<topic>.{1,200}))?`),
  P("what_said", "ar", `و?${SAY_AR} ${WHAT_AR}(?: ${ABOUT_AR} ?(?<topic>.{1,200}))?`),
  P("what_said", "arabizi", `w?(?: ?${WHAT_ZI})? ?${SAY_ZI}(?: ${WHAT_ZI})?(?: ${ABOUT_ZI} (?<topic>.{1,200}))?`),
];

/** How each rewritten question is phrased, in the language of the follow-up. */
export const REWRITES: Record<FollowUpLang, { whoIs: string; said: string; saidAbout: string }> = {
  en: { whoIs: "who is {name}", said: "what did {name} say", saidAbout: "what did {name} say about {topic}" },
  ar: { whoIs: "من هو {name}", said: "ماذا قال {name}", saidAbout: "ماذا قال {name} عن {topic}" },
  arabizi: { whoIs: "who is {name}", said: "what did {name} say", saidAbout: "shu 2al {name} 3an {topic}" },
};
