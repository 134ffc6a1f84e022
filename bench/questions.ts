// The fixed question mix of the benchmark: questions about the seed article (the same at every size),
// questions built from a synthetic corpus' samples (who-said with a typo, what-did-X-say, facts) and
// questions nobody in any corpus answers.
import { SEED_ARTICLE, createRng, type GeneratedCorpus, type SampleQuote } from "./generate.js";
import { ARABIC_FUNCTION_WORDS, ENGLISH_FUNCTION_WORDS } from "./vocabulary.js";

export type Category = "who_said" | "what_said" | "fact" | "no_match";

export interface BenchQuestion {
  text: string;
  category: Category;
  lang: "ar" | "en";
  about: "seed" | "synthetic" | "none";
  /** Speaker id the best answer should name (questions about one quote or one speaker). */
  expectSpeaker?: string;
  /** Where the fact that answers it stands (fact questions). */
  expectPlace?: { article: string; paragraph: number };
}

/** About the seed article: answers must not change when 100,000 synthetic quotes are added. */
export const SEED_QUESTIONS: BenchQuestion[] = [
  { text: "who said the ISIS brand still exists worldwide", category: "who_said", lang: "en", about: "seed", expectSpeaker: "sales" },
  { text: "who said the isis brnad still exists around the world?", category: "who_said", lang: "en", about: "seed", expectSpeaker: "sales" },
  { text: "who threatened to devastate Turkey economically", category: "who_said", lang: "en", about: "seed", expectSpeaker: "trump" },
  { text: "من قال إن العلامة التجارية لداعش ما زالت موجودة", category: "who_said", lang: "ar", about: "seed", expectSpeaker: "sales" },
  { text: "من قال ان العلامه التجاريه لداعش مازالت موجوده في جميع انخاء العالم", category: "who_said", lang: "ar", about: "seed", expectSpeaker: "sales" },
  { text: "what did Jeffrey say?", category: "what_said", lang: "en", about: "seed", expectSpeaker: "jeffrey" },
  { text: "what did Nathan Salz say about prosecuting ISIS fighters", category: "what_said", lang: "en", about: "seed", expectSpeaker: "sales" },
  { text: "ماذا قال أردوغان عن العملية العسكرية؟", category: "what_said", lang: "ar", about: "seed", expectSpeaker: "erdogan" },
  { text: "ماذا قال ترامب؟", category: "what_said", lang: "ar", about: "seed", expectSpeaker: "trump" },
  { text: "when did the S-400 system start arriving?", category: "fact", lang: "en", about: "seed", expectPlace: { article: SEED_ARTICLE, paragraph: 14 } },
  { text: "how long has the PKK waged its conflict against the Turkish state", category: "fact", lang: "en", about: "seed", expectPlace: { article: SEED_ARTICLE, paragraph: 9 } },
  { text: "متى بدأت منظومة إس-400 الروسية في الوصول", category: "fact", lang: "ar", about: "seed", expectPlace: { article: SEED_ARTICLE, paragraph: 14 } },
];

/** Nobody in the seed or the synthetic corpora said these. */
export const NO_MATCH_QUESTIONS: BenchQuestion[] = [
  { text: "What did Barack Obama say?", category: "no_match", lang: "en", about: "none" },
  { text: "who said the moon is made of green cheese", category: "no_match", lang: "en", about: "none" },
  { text: "ماذا قال باراك أوباما؟", category: "no_match", lang: "ar", about: "none" },
  { text: "من قال إن القمر مصنوع من الجبن الأخضر", category: "no_match", lang: "ar", about: "none" },
];

const FUNCTION_WORDS = new Set([...ARABIC_FUNCTION_WORDS, ...ENGLISH_FUNCTION_WORDS]);

function contentWords(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/[،,]/g, "")).filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()));
}

/** Swaps two neighbouring letters inside the longest word (a typical typo); short words stay. */
export function withTypo(words: string[], rng: () => number): string[] {
  const longest = words.reduce((best, w, i) => ([...w].length > [...words[best]].length ? i : best), 0);
  const chars = [...words[longest]];
  if (chars.length < 5) return words;
  const at = 1 + Math.floor(rng() * (chars.length - 3));
  [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
  return words.map((w, i) => (i === longest ? chars.join("") : w));
}

function window(words: string[], size: number, rng: () => number): string[] {
  const start = Math.floor(rng() * Math.max(1, words.length - size + 1));
  return words.slice(start, start + size);
}

/** The synthetic part of the mix: the same recipe at every size, drawn from that corpus' samples. */
export function syntheticQuestions(corpus: Pick<GeneratedCorpus, "sampleQuotes" | "sampleFacts">, seed = 7): BenchQuestion[] {
  const rng = createRng(seed);
  const quotes = (lang: "ar" | "en") => corpus.sampleQuotes.filter((q) => q.lang === lang);
  const facts = (lang: "ar" | "en") => corpus.sampleFacts.filter((f) => f.lang === lang);
  const out: BenchQuestion[] = [];
  const whoSaid = (q: SampleQuote, lang: "ar" | "en", text: string) => {
    const words = withTypo(window(contentWords(text), 5, rng), rng).join(" ");
    out.push({
      text: lang === "ar" ? `من قال إن ${words}` : `who said ${words}`,
      category: "who_said", lang, about: "synthetic", expectSpeaker: q.speaker.id,
    });
  };
  quotes("ar").slice(0, 4).forEach((q) => whoSaid(q, "ar", q.text));
  quotes("en").slice(0, 3).forEach((q) => whoSaid(q, "en", q.text));
  quotes("ar").slice(4, 5).forEach((q) => whoSaid(q, "en", q.textEn ?? q.text));

  const [a, b, c, d, e, f] = [...quotes("en").slice(3, 6), ...quotes("ar").slice(5, 8)];
  for (const q of [a, b]) {
    const topic = window(contentWords(q.text), 2, rng).join(" ");
    out.push({ text: `what did ${q.speaker.name} say about ${topic}?`, category: "what_said", lang: "en", about: "synthetic", expectSpeaker: q.speaker.id });
  }
  for (const q of [d, e]) {
    const topic = window(contentWords(q.text), 2, rng).join(" ");
    out.push({ text: `ماذا قال ${q.speaker.nameAr} عن ${topic}؟`, category: "what_said", lang: "ar", about: "synthetic", expectSpeaker: q.speaker.id });
  }
  const misspelt = withTypo([c.speaker.surname], rng)[0];
  out.push({ text: `what did ${c.speaker.name.split(" ")[0]} ${misspelt} say?`, category: "what_said", lang: "en", about: "synthetic", expectSpeaker: c.speaker.id });
  out.push({ text: `ماذا قال ${f.speaker.nameAr}؟`, category: "what_said", lang: "ar", about: "synthetic", expectSpeaker: f.speaker.id });

  for (const lang of ["ar", "en"] as const) {
    for (const fact of facts(lang).slice(0, 3)) {
      const words = window(contentWords(fact.text), 5, rng).join(" ");
      out.push({
        text: lang === "ar" ? `${words}؟` : `${words}?`, category: "fact", lang, about: "synthetic",
        expectPlace: { article: fact.article, paragraph: fact.paragraph },
      });
    }
  }
  return out;
}
