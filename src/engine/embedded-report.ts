// A draft statement whose own words report someone's saying: "However, the 33-year-old told Variety
// magazine he would …", "إعلان معالي وزير العدل أنه سيتم …". The extractor took the report itself for
// the statement, so the one it names may be the draft's speaker or someone else; the engine asks its
// speaker directory which (see engine.ts, embedsOtherSpeaker).
import { ARABIC_SPEECH_VERBS, isOfficeWord, normalize } from "../normalize/index.js";

/** Only the start of a long statement is looked at: a report that makes it someone else's opens it. */
const MAX_SCANNED = 400;

// "the 33-year-old told", "Sheriff Brown said", "a spokesman added": a subject of up to three words
// holding no pronoun (a pronoun is most often the speaker), then a reporting verb.
const ENGLISH_REPORT = /(?:^|[,;:.]\s*|\s(?:but|however|and|while)\s+|^(?:but|however|and)\s+)((?:the|a|an)\s+[\w-]+(?:\s+[\w-]+){0,2}|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:told|tells|said|says|added|announced|stated|declared)\b/;
/** How many words must follow an embedded report's verb for it to report something. */
const MIN_REPORTED_WORDS = 5;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|there|nobody|everybody|everyone|someone|somebody|anyone|anybody|people)$/i;
/** "the closure was announced": a form of "be" before the verb makes it a passive, which reports no one. */
const AUXILIARY = /^(?:was|were|is|are|be|been|being)$/i;

/** Nouns of saying that open a report in Arabic: "إعلان X أن", "تصريح X بأن". */
const SAYING_NOUNS = new Set(["اعلان", "تصريح", "تصريحات", "بيان", "حديث", "تاكيد", "توضيح"]);
/** Honorifics between the act and the office: "معالي", "سعادة", "الدكتور". */
const HONORIFIC = /^(?:معالي|معالى|سعاده|فخامه|سمو|الدكتور|د|السيد|السيده)$/;
const THAT_AR = /^(?:ان|انه|انها|بان|بانه)$/;

/** The subject of a report the text opens or goes on with, as written (normalized for Arabic); null when there is none. */
export function embeddedSubject(text: string): string | null {
  const head = text.slice(0, MAX_SCANNED);
  const en = ENGLISH_REPORT.exec(head);
  // "a move he said would …": a pronoun anywhere in it makes the subject a relative clause's, the speaker's.
  // What was reported must follow: a cue closing the span ("…, the Premier League side announced on
  // Thursday") describes the speaker.
  const reported = en ? head.slice(en.index + en[0].length).trim().split(/\s+/).length : 0;
  if (en && reported >= MIN_REPORTED_WORDS && !en[1].split(/\s+/).some((w) => PRONOUN.test(w) || AUXILIARY.test(w))) return en[1];
  const words = normalize(head).split(" ");
  for (let i = 0; i < words.length - 2; i++) {
    const w = words[i].replace(/^[وف]/, "");
    if (!SAYING_NOUNS.has(w) && !ARABIC_SPEECH_VERBS[w]) continue;
    let j = i + 1;
    while (j < words.length && HONORIFIC.test(words[j])) j++;
    if (j >= words.length || !isOfficeWord(words[j])) continue;
    // The office and what follows it up to "that": "وزير العدل أنه".
    const end = words.findIndex((x, k) => k > j && k <= j + 4 && THAT_AR.test(x));
    if (end > j) return words.slice(j, end).join(" ");
  }
  return null;
}
