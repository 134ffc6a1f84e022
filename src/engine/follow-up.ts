// Follow-up questions: "what else did he say?", "ومين كمان؟", "w 2al eh 3an el akrad?". A follow-up
// (read by follow-up-reader.ts) is rewritten against what the previous answer established (its
// question, its top speaker, the records it showed) into a stand-alone question, plus what the new
// answer must leave out; or it asks something of the last answer itself ("when was that?"). A
// follow-up whose referent is unclear (no speaker, or several) is refused, never guessed.
import type { Answer, AnswerItem, ConversationContext, SpeakerRef } from "../types.js";
import { hasArabic } from "../normalize/arabic.js";
import { isFocus, readFollowUp, type Focus, type FollowUpLang, type FollowUpReading, type FollowUpShape } from "./follow-up-reader.js";

export type { Focus, FollowUpLang } from "./follow-up-reader.js";

/** Ten minutes: how long a conversation remembers its last answer for follow-up questions. */
export const CONVERSATION_TTL_MS = 10 * 60_000;
/** How far above every other speaker's score a top answer makes its speaker the referent. */
const LEAD_MARGIN = 0.1;
/** Longer questions are never follow-ups (and are not scanned for one). */
const MAX_FOLLOW_UP_LENGTH = 300;

export type FollowUpPlan =
  | { kind: "none" }
  | { kind: "unclear" }
  /**
   * The stand-alone question a follow-up stands for. `speakers`: when the last answer offered several
   * speakers, the one of them the rewritten question answers for is the referent (each is asked).
   */
  | { kind: "ask"; question: string; excludeRecords: ReadonlySet<string>; excludeSpeakers: ReadonlySet<string>; candidates?: { speaker: string; question: string }[] }
  /** "and Trump?": the previous question (`previous`, stand-alone) asked of another speaker. */
  | { kind: "switch"; previous: string; speaker: SpeakerRef; lang: FollowUpLang }
  /**
   * "when was that?", "why does Turkey want to attack?": the last answer's top item (`shown`, an
   * itemKey), what is asked of it, the follow-up's own words (`content`) and whether it points back
   * ("that", "he"), so that it cannot be a question of its own.
   */
  | { kind: "focus"; focus: Focus; shown: string; speakers: readonly string[]; content: string[]; question: string; pointsBack: boolean; lang: FollowUpLang; offered?: readonly string[] };

/** Identifies one shown answer item across turns. */
export function itemKey(item: Pick<AnswerItem, "article" | "paragraph" | "text">): string {
  return `${item.article}:${item.paragraph}:${item.text}`;
}

/** What an answer establishes for the next turn of the conversation. */
export function contextOf(answer: Answer, at: number = Date.now()): ConversationContext {
  // A follow-up's context is the stand-alone question it was answered as, so that the next follow-up
  // ("who else?" after "and Trump?") has a whole question to work on.
  const shown = answer.status === "no_match" ? [] : answer.answers;
  const top = shown[0]?.speaker?.id;
  // The referent is the top answer's speaker; when the shown answers were by several speakers and
  // the top one does not lead, it is ambiguous and every speaker is kept (the follow-up is refused).
  const speakers = [...new Set(shown.map((a) => a.speaker?.id).filter((id): id is string => !!id))];
  // An answer also leads when it scores clearly above every other speaker's ("who said …?" with weaker
  // matches listed after it).
  const rivals = shown.filter((a) => a.speaker?.id !== top).map((a) => a.score);
  const clearly = answer.status === "answered" && shown.length > 0 && rivals.every((s) => shown[0].score >= s + LEAD_MARGIN);
  const leads = top !== undefined && (answer.answers.filter((a) => a.speaker?.id === top).length * 2 > shown.length || clearly);
  return {
    question: answer.standalone ?? answer.question,
    status: answer.status,
    speakers: leads ? [top] : speakers,
    shown: shown.map(itemKey),
    at,
  };
}

function fill(template: string, name: string, topic: string | null): string {
  return template.replace("{name}", name).replace("{topic}", topic ?? "");
}

/** How each rewritten question is phrased, in the language of the follow-up. */
export const REWRITES: Record<FollowUpLang, { whoIs: string; said: string; saidAbout: string }> = {
  en: { whoIs: "who is {name}", said: "what did {name} say", saidAbout: "what did {name} say about {topic}" },
  ar: { whoIs: "من هو {name}", said: "ماذا قال {name}", saidAbout: "ماذا قال {name} عن {topic}" },
  arabizi: { whoIs: "who is {name}", said: "what did {name} say", saidAbout: "shu 2al {name} 3an {topic}" },
};

/** The question word a rewritten "who else …?" opens with, in the follow-up's language. */
const WHO: Record<FollowUpLang, string> = { en: "who", ar: "من", arabizi: "meen" };
/** How a rewritten question asks about a topic, in the follow-up's language. */
const ABOUT: Record<FollowUpLang, string> = { en: "about", ar: "عن", arabizi: "3an" };
/** The reporting verb of a rewritten "did anyone else say …?": "who said …". */
const SAID: Record<FollowUpLang, string> = { en: "said", ar: "قال", arabizi: "2al" };
/** Verbs that say no more than that something was said: "who else said that?" asks the last question. */
const PLAIN_SAY = new Set(["say", "said", "says", "saying", "tell", "told", "tells", "talk", "talked", "speak", "spoke", "قال", "قالت", "قالوا", "قالو", "يقول", "بيقول", "تقول", "يقولوا", "يقولون", "قاله", "قالها", "حكى", "حكت", "حكوا", "حكا", "بيحكي", "يحكي", "تكلم", "تحدث", "قلت", "قالتو", "2al", "2alet", "2alo", "2alou", "2alu", "qal", "qalet", "qalo", "qalou", "9al", "9alet", "9alo", "kal", "gal", "galo", "galou", "gallo", "gale", "galet", "2ayel", "bi2ool", "bi2oul", "y2ool", "y2oul", "bey2ool", "7aka", "7ake", "bi7ki", "7akou", "7ako", "tkalam", "tkallam"]);

/** At most this many words of the previous question are looked at for a name ("Who armed the SDF?"). */
const MAX_NAMED_WORDS = 30;

/** A span of a question's words that names one speaker by name. */
interface Naming {
  id: string;
  start: number;
  end: number;
}

/** Words that join two names into one subject: "Sales and Jeffrey", "سالز وجيفري", "sales w jeffrey". */
const JOINING = new Set(["and", "&", "or", "و", "او", "أو", "w", "wa", "u", "o"]);

/** The spans of a question that name a speaker by name, left to right: the longest at each word (up to three). */
function namings(question: string, namedBy: (phrase: string) => SpeakerRef | undefined): Naming[] {
  const words = question.replace(/[?؟!.,،;:"“”«»()]/gu, " ").split(/\s+/u).filter(Boolean).slice(0, MAX_NAMED_WORDS);
  const out: Naming[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2, 1]) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).join(" ");
      // "وجيفري": a name may carry the Arabic "and".
      // "Jeffrey and the diplomats": a span holding "and" is two names, not one.
      if (n > 1 && words.slice(i, i + n).some((w) => JOINING.has(w.toLowerCase()))) continue;
      const found = namedBy(phrase) ?? (/^[وف]\p{L}{2,}/u.test(phrase) ? namedBy(phrase.slice(1)) : undefined);
      if (found) {
        out.push({ id: found.id, start: i, end: i + n });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** The speakers a question names by name, each once. */
function namedIn(question: string, namedBy: (phrase: string) => SpeakerRef | undefined): string[] {
  return [...new Set(namings(question, namedBy).map((n) => n.id))];
}

/**
 * The speakers a question names together, joined by "and" ("what did Sales and Jeffrey say?"): a
 * "he" after it may be either. A name elsewhere in it ("what did Trump say if Turkey hit the Kurds?")
 * is what it asks about, not who.
 */
function namedTogether(question: string, namedBy: (phrase: string) => SpeakerRef | undefined): string[] {
  const words = question.replace(/[?؟!.,،;:"“”«»()]/gu, " ").split(/\s+/u).filter(Boolean);
  const spans = namings(question, namedBy);
  const joined = new Set<string>();
  spans.forEach((b, k) => {
    const a = spans[k - 1];
    if (!a || a.id === b.id) return;
    const between = words.slice(a.end, b.start).map((w) => w.toLowerCase());
    const attached = !between.length && /^[وف]/u.test(words[b.start]);
    if (attached || (between.length === 1 && JOINING.has(between[0]))) joined.add(a.id).add(b.id);
  });
  return [...joined];
}

/** Follow-ups that stand for someone the conversation named ("and about the Kurds?", "what else did he say?"). */
const NEEDS_REFERENT: ReadonlySet<FollowUpShape> = new Set(["about", "what_else", "what_said", "who_is", "relation"]);

/** The script a question is written in: a follow-up in another script than the question before it may be someone else's. */
const scriptOf = (text: string) => (hasArabic(text) ? "ar" : "latin");

/** What the planner asks of the corpus. */
export interface FollowUpLookups {
  speakerOf: (id: string) => SpeakerRef | undefined;
  /** The one speaker a phrase names by name, if any ("Trump", "أردوغان"); `exactly`: not only by its sound. */
  namedBy: (phrase: string, exactly?: boolean) => SpeakerRef | undefined;
  /** Whether a phrase names any speaker by name, even several ("the Americans"). */
  namesSomeone: (phrase: string) => boolean;
  /** Whether a speaker's own quotes say the words of a follow-up's topic (read in the follow-up's language). */
  says: (speaker: string, words: string, lang: FollowUpLang) => boolean;
  /** What a stand-alone question asks about ("Turkey" of "what did Trump threaten Turkey with?"), or "". */
  topicOf: (question: string) => string;
  /** Whether a speaker is one person (not a group, an organization or a state). */
  isPerson: (id: string) => boolean;
}

export function planFollowUp(question: string, context: ConversationContext | undefined, lookups: FollowUpLookups, now: number = Date.now()): FollowUpPlan {
  const { namedBy } = lookups;
  if (typeof question !== "string" || question.length > MAX_FOLLOW_UP_LENGTH) return { kind: "none" };
  const live = context && now - context.at < CONVERSATION_TTL_MS && now >= context.at ? context : undefined;
  const found = readFollowUp(question, (phrase, exactly) => namedBy(phrase, exactly) !== undefined);
  if (!found) return { kind: "none" };
  // "وعن تركيا والأكراد شو قال؟" with no conversation before it: "he" is nobody, and the topic is no speaker.
  // ("What did the diplomats in Ankara say they noticed?" names whom it asks: a question of its own.)
  if (!live) return NEEDS_REFERENT.has(found.shape) && !namedIn(found.rest ?? "", namedBy).length ? { kind: "unclear" } : { kind: "none" };
  return planWithin(found, live, question, lookups);
}

function planWithin(found: FollowUpReading, context: ConversationContext, question: string, { speakerOf, namedBy, namesSomeone, says, topicOf, isPerson }: FollowUpLookups): FollowUpPlan {
  const none = new Set<string>();
  // "what did his deputy say?": someone of his the article may not name, or names as someone else's.
  if (found.shape === "relation") return { kind: "unclear" };
  if (found.shape === "asked_about") {
    // A question of its own with its topic in another clause: the context plays no part.
    return { kind: "ask", question: `${found.question} ${ABOUT[found.lang]} ${found.topic}`, excludeRecords: new Set(), excludeSpeakers: new Set() };
  }
  // "who caught him?" is about the subject of a fact; after a speaker's words it is a question of its own.
  if (found.shape === "agent" && (context.speakers.length || context.status !== "answered")) return { kind: "none" };
  if (isFocus(found.shape)) {
    // After suggestions, "when was that?" has no one answer to be about; "when did it start arriving?"
    // may, in its own words: the one suggestion whose surroundings say them (see `offered`).
    if (!context.shown.length || context.status === "no_match") return { kind: "unclear" };
    if (context.status !== "answered" && (!found.content.length || found.shape === "agent")) return { kind: "unclear" };
    const offered = context.status === "answered" ? undefined : context.shown;
    return { kind: "focus", focus: found.shape, shown: context.shown[0], speakers: context.speakers, content: found.content, question, pointsBack: found.pointsBack, lang: found.lang, ...(offered ? { offered } : {}) };
  }
  // Every other shape stands for the previous answer's one speaker; after an answer that names none
  // (a fact), for the one speaker its question named ("Who armed the SDF?" → "what do they say?").
  const named = context.status === "answered" ? namedIn(context.question, namedBy) : [];
  // "what did Sales and Jeffrey say?": an answer that led with one of two people named does not tell
  // which one "he" is.
  const together = context.status === "no_match" ? [] : namedTogether(context.question, namedBy);
  const twoNamed = together.length > 1 && context.speakers.every((id) => together.includes(id));
  const offered = twoNamed ? [...new Set([...context.speakers, ...together])] : context.speakers.length ? context.speakers : named;
  // "he" after an answer that showed a person's and a group's statements is the person. (Two the question
  // named are told apart by what they said, as chat's "he" may stand for either.)
  const persons = found.singular && !twoNamed && offered.length > 1 ? offered.filter(isPerson) : offered;
  const referents = persons.length === 1 ? persons : offered;
  // When the referent is not certain (a fact's subject, two people named, a question in another script),
  // a follow-up's words must be in its quotes: "and what did he say about Turkey?" is not guessed.
  // A topic that names people ("what about the Americans?") may be who is asked as well as what about.
  const uncertain = twoNamed || !context.speakers.length || scriptOf(context.question) !== scriptOf(question) || (!!found.topic && namesSomeone(found.topic));
  const words = found.topic ?? found.rest ?? null;
  // "and about the Kurds?" after what Trump said of them is about the Kurds, not what the Kurds said:
  // "what about Trump?" switches to Trump, whose name the last speaker's quotes do not say.
  const aboutName = found.shape === "about" || (found.shape === "and_name" && !!found.nameAsTopic);
  const staying = aboutName && !!found.topic && referents.length === 1 && says(referents[0], found.topic, found.lang);
  const other = found.topic && (found.shape === "and_name" || found.shape === "about") && !staying ? namedBy(found.topic) : undefined;
  if (other) {
    if (!context.question || context.status === "no_match") return { kind: "unclear" };
    return { kind: "switch", previous: context.question, speaker: other, lang: found.lang };
  }
  if (found.shape === "and_name" && !staying) return { kind: "unclear" };
  if (found.shape === "who_else") {
    if (!context.question || !context.speakers.length) return { kind: "unclear" };
    // "who else threatened?", "ومين كمان هدد؟": a verb of its own, or words of its own, ask that of others;
    // a bare "who else (said that)?" asks the last question again.
    // With words of its own, a plain "say" is kept as "said": "who said ISIS is still a threat".
    const verb = found.verb && !PLAIN_SAY.has(found.verb) ? found.verb : found.topic ? SAID[found.lang] : "";
    // "did anyone else warn about it?": "it" is what the last question was about ("who warned about the
    // ISIS brand"); when that had no topic, there is nothing to ask. ("who else threatened?" asks the verb.)
    const topic = found.topic ?? (verb && found.pointsBack ? topicOf(context.question) : "");
    if (verb && found.pointsBack && !topic) return { kind: "unclear" };
    const own = [verb, topic].join(" ").trim();
    const question = own ? `${WHO[found.lang]} ${own}` : context.question;
    return { kind: "ask", question, excludeRecords: none, excludeSpeakers: new Set(context.speakers) };
  }
  const meant = uncertain && words ? referents.filter((id) => says(id, words, found.lang)) : referents;
  // Two people named and nothing said of one only: "who is he?" asks which one.
  if (twoNamed && !words) return { kind: "unclear" };
  if (uncertain && words && meant.length !== 1) return { kind: "unclear" };
  const t = REWRITES[found.lang];
  const rewrite = (speaker: SpeakerRef) => {
    const name = found.lang === "ar" ? (speaker.nameAr ?? speaker.name) : speaker.name;
    if (found.shape === "who_is") return fill(t.whoIs, name, null);
    if (found.rest) return `${fill(t.said, name, null)} ${found.rest}`;
    return fill(found.topic ? t.saidAbout : t.said, name, found.topic);
  };
  const excludeRecords = found.shape === "what_else" ? new Set(context.shown) : none;
  if (meant.length !== 1) {
    // Several speakers offered: a topic may tell which one is meant ("and what did they say about the
    // cells?" when only one of them did); each is asked, and only one that answers is the referent.
    if (meant.length < 2 || !found.topic || found.shape === "who_is") return { kind: "unclear" };
    const candidates = meant.flatMap((id) => {
      const s = speakerOf(id);
      return s ? [{ speaker: id, question: rewrite(s) }] : [];
    });
    return { kind: "ask", question: candidates[0]?.question ?? "", excludeRecords, excludeSpeakers: none, candidates };
  }
  const speaker = speakerOf(meant[0]);
  if (!speaker) return { kind: "unclear" };
  return { kind: "ask", question: rewrite(speaker), excludeRecords, excludeSpeakers: none };
}
