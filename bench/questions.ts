// The question mix of the benchmark, by kind so that a slow kind can't hide in an average: questions
// about the seed article (the same at every size), questions drawn from whatever corpus is measured
// (a synthetic one or a folder given with --corpus) and questions nobody in any corpus answers.
import type { Corpus } from "../src/index.js";
import { SEED_ARTICLE, createRng } from "./generate.js";
import { ARABIC_FUNCTION_WORDS, ENGLISH_FUNCTION_WORDS } from "./vocabulary.js";

export const CATEGORIES = [
  "who_said_exact", "who_said_typo", "who_said_quoted", "what_said", "what_said_topic", "fact", "no_match",
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface BenchQuestion {
  text: string;
  category: Category;
  lang: "ar" | "en";
  about: "seed" | "corpus" | "none";
  /** Speaker id the best answer should name (questions about one quote or one speaker). */
  expectSpeaker?: string;
  /** Where the fact that answers it stands (fact questions). */
  expectPlace?: { article: string; paragraph: number };
}

/** About the seed article: answers must not change when 100,000 synthetic quotes are added. */
export const SEED_QUESTIONS: BenchQuestion[] = [
  { text: "who said the ISIS brand still exists worldwide", category: "who_said_exact", lang: "en", about: "seed", expectSpeaker: "sales" },
  { text: "who said the isis brnad still exists around the world?", category: "who_said_typo", lang: "en", about: "seed", expectSpeaker: "sales" },
  { text: "who threatened to devastate Turkey economically", category: "who_said_exact", lang: "en", about: "seed", expectSpeaker: "trump" },
  { text: "من قال إن العلامة التجارية لداعش ما زالت موجودة", category: "who_said_exact", lang: "ar", about: "seed", expectSpeaker: "sales" },
  { text: "من قال ان العلامه التجاريه لداعش مازالت موجوده في جميع انخاء العالم", category: "who_said_typo", lang: "ar", about: "seed", expectSpeaker: "sales" },
  { text: "what did Jeffrey say?", category: "what_said", lang: "en", about: "seed", expectSpeaker: "jeffrey" },
  { text: 'Who said "the ISIS brand still exists"?', category: "who_said_quoted", lang: "en", about: "seed", expectSpeaker: "sales" },
  { text: "what did Nathan Salz say about prosecuting ISIS fighters", category: "what_said_topic", lang: "en", about: "seed", expectSpeaker: "sales" },
  { text: "ماذا قال أردوغان عن العملية العسكرية؟", category: "what_said_topic", lang: "ar", about: "seed", expectSpeaker: "erdogan" },
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

const PER_KIND = 8;

interface Drawn {
  article: string;
  lang: "ar" | "en";
  paragraph: number;
  text: string;
  speaker: { id: string; name: string; nameAr: string | null } | null;
}

/** Every quote and fact of the corpus but the seed article's, in corpus order. */
function records(corpus: Corpus, seedArticle: string) {
  const quotes: Drawn[] = [];
  const facts: Drawn[] = [];
  const quoteCount = new Map<string, number>();
  for (const a of corpus.articles) {
    if (a.article.id === seedArticle && corpus.articles.length > 1) continue;
    const speakers = new Map(a.speakers.map((s) => [s.id, s]));
    for (const q of a.quotes) {
      if (q.speaker === null) continue;
      const s = speakers.get(q.speaker)!;
      quotes.push({ article: a.article.id, lang: a.article.lang, paragraph: q.paragraph, text: q.text, speaker: { id: s.id, name: s.name, nameAr: s.nameAr } });
      quoteCount.set(s.id, (quoteCount.get(s.id) ?? 0) + 1);
    }
    for (const f of a.facts) facts.push({ article: a.article.id, lang: a.article.lang, paragraph: f.paragraph, text: f.text, speaker: null });
  }
  return { quotes, facts, quoteCount };
}

/**
 * The corpus part of the mix, drawn from any corpus with a fixed seed: who-said with the quote's own
 * words, with a typo, and in quote marks; what-did-Y-say with and without a topic (the most-quoted
 * speakers among them: their postings are the longest); facts by their words.
 */
export function corpusQuestions(corpus: Corpus, options: { seed?: number; seedArticle?: string } = {}): BenchQuestion[] {
  const rng = createRng(options.seed ?? 7);
  const { quotes, facts, quoteCount } = records(corpus, options.seedArticle ?? SEED_ARTICLE);
  const draw = (xs: Drawn[]) => Array.from({ length: Math.min(PER_KIND, xs.length) }, () => xs[Math.floor(rng() * xs.length)]);
  const usable = (xs: Drawn[]) => xs.filter((x) => contentWords(x.text).length >= 4);
  const out: BenchQuestion[] = [];
  const who = (lang: "ar" | "en", words: string, quoted: boolean) =>
    lang === "ar" ? (quoted ? `من قال "${words}"؟` : `من قال إن ${words}`) : quoted ? `Who said "${words}"?` : `who said ${words}`;
  const nameOf = (q: Drawn) => (q.lang === "ar" && q.speaker!.nameAr ? q.speaker!.nameAr : q.speaker!.name);
  const whatSaid = (q: Drawn, topic: string | null) =>
    q.lang === "ar" ? `ماذا قال ${nameOf(q)}${topic ? ` عن ${topic}` : ""}؟` : `what did ${nameOf(q)} say${topic ? ` about ${topic}` : ""}?`;
  const said = usable(quotes);
  for (const q of draw(said)) {
    out.push({ text: who(q.lang, window(contentWords(q.text), 6, rng).join(" "), false), category: "who_said_exact", lang: q.lang, about: "corpus", expectSpeaker: q.speaker!.id });
  }
  for (const q of draw(said)) {
    out.push({ text: who(q.lang, withTypo(window(contentWords(q.text), 6, rng), rng).join(" "), false), category: "who_said_typo", lang: q.lang, about: "corpus", expectSpeaker: q.speaker!.id });
  }
  for (const q of draw(said)) {
    const words = q.text.split(/\s+/);
    const start = Math.floor(rng() * Math.max(1, words.length - 6));
    out.push({ text: who(q.lang, words.slice(start, start + 7).join(" ").replace(/["«»“”]/g, ""), true), category: "who_said_quoted", lang: q.lang, about: "corpus", expectSpeaker: q.speaker!.id });
  }
  // Half of the what-did-Y-say questions go to the most-quoted speakers.
  const heavy = [...quoteCount.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([id]) => id);
  const ofHeavy = said.filter((q) => heavy.includes(q.speaker!.id));
  const speakerDraw = [...draw(ofHeavy).slice(0, PER_KIND / 2), ...draw(said).slice(0, PER_KIND / 2)];
  for (const q of speakerDraw) out.push({ text: whatSaid(q, null), category: "what_said", lang: q.lang, about: "corpus", expectSpeaker: q.speaker!.id });
  for (const q of speakerDraw) {
    out.push({ text: whatSaid(q, window(contentWords(q.text), 2, rng).join(" ")), category: "what_said_topic", lang: q.lang, about: "corpus", expectSpeaker: q.speaker!.id });
  }
  for (const f of draw(usable(facts))) {
    const words = window(contentWords(f.text), 5, rng).join(" ");
    out.push({ text: f.lang === "ar" ? `${words}؟` : `${words}?`, category: "fact", lang: f.lang, about: "corpus", expectPlace: { article: f.article, paragraph: f.paragraph } });
  }
  return out;
}
