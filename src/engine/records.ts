// Turns a loaded corpus into what the engine searches: one record per quote or fact (with its
// sentence of context and search keys) and one directory entry per speaker, merged across articles.
import type { Corpus } from "../corpus/load.js";
import { ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS, VERB_EN_TO_AR, normalize } from "../normalize/index.js";
import type { ArticleInfo, SpeakerInfo } from "../types.js";
import { analyzeArticles, type AnalysisOptions, type ArticleTexts } from "./analysis.js";
import { KeyTable } from "./key-table.js";
import { sentenceAround } from "./sentences.js";

export interface SearchRecord {
  kind: "quote" | "fact";
  /** Index into the speaker list; -1 for facts. */
  speaker: number;
  text: string;
  textEn: string | null;
  context: string;
  article: string;
  paragraph: number;
  draft: boolean;
  /** Canonical Arabic reporting verb (quotes only). */
  verb: string | null;
  /** Ids (in `CorpusView.keys`) of what the record itself says: its text and its English rendering. */
  ownKeys: Int32Array;
  /** Ids of the curated topics' keys: search help, not evidence on their own. */
  topicKeys: Int32Array;
  /** Ids of the keys of the sentence around it (shared by the records of one sentence). */
  secondaryKeys: Int32Array;
}

export interface CorpusView {
  /** Every search key of the corpus; records refer to them by position. */
  keys: string[];
  records: SearchRecord[];
  speakers: SpeakerInfo[];
  /** Record indexes of each speaker's quotes, in article order. */
  quotesOf: number[][];
  articles: ArticleInfo[];
}

const verbCache = new Map<string, string | null>();

function canonicalVerb(verb: string): string | null {
  let canon = verbCache.get(verb);
  if (canon === undefined) {
    canon = findCanonicalVerb(verb);
    if (verbCache.size < 10_000) verbCache.set(verb, canon);
  }
  return canon;
}

function findCanonicalVerb(verb: string): string | null {
  const words = normalize(verb).split(" ");
  for (const w of words) {
    const ar = ARABIC_SPEECH_VERBS[w] ?? ARABIC_SPEECH_VERBS[w.replace(/^(و|ف)/, "")];
    if (ar) return ar;
    const en = ENGLISH_SPEECH_VERBS[w];
    if (en) return VERB_EN_TO_AR[en] ?? null;
  }
  return null;
}

interface LaidOut {
  kind: "quote" | "fact";
  speaker: number;
  text: string;
  textEn: string | null;
  topics: string[];
  paragraph: number;
  offset: number;
  verb: string | null;
  context: string;
}

/** An article's records in reading order, each with the sentence it stands in. */
function layOut(a: Corpus["articles"][number], local: Map<string, number>): LaidOut[] {
  const laid: LaidOut[] = [];
  const add = (r: { text: string; textEn?: string | null; topics: string[]; paragraph: number }, kind: LaidOut["kind"], speaker: number, verb: string | null) =>
    laid.push({
      kind, speaker, verb, text: r.text, textEn: r.textEn ?? null, topics: r.topics, paragraph: r.paragraph,
      offset: a.lines[r.paragraph - 1].indexOf(r.text), context: "",
    });
  for (const q of a.quotes) add(q, "quote", local.get(q.speaker)!, canonicalVerb(q.verb));
  for (const f of a.facts) add(f, "fact", -1, null);
  laid.sort((x, y) => x.paragraph - y.paragraph || x.offset - y.offset);
  for (const r of laid) r.context = sentenceAround(a.lines[r.paragraph - 1], r.offset, r.offset + r.text.length);
  return laid;
}

/** What the records of one article are searched by; sibling records share their sentence. */
function textsOf(laid: LaidOut[]): { texts: ArticleTexts; sentenceOf: number[] } {
  const bySentence = new Map<string, number>();
  const sentences: ArticleTexts["sentences"] = [];
  const sentenceOf = laid.map((r, i) => {
    let s = bySentence.get(r.context);
    if (s === undefined) {
      s = sentences.length;
      bySentence.set(r.context, s);
      // The sentence is this record's own text plus what stands around it: only the rest is new.
      const at = r.context.indexOf(r.text);
      const rest = at < 0 ? [r.context] : [r.context.slice(0, at), r.context.slice(at + r.text.length)];
      sentences.push({ rest, members: [] });
    }
    sentences[s].members.push(i);
    return s;
  });
  const texts: ArticleTexts = { texts: laid.map((r) => [r.text, r.textEn ?? ""]), topics: laid.map((r) => r.topics), sentences };
  return { texts, sentenceOf };
}

export interface BuildOptions extends AnalysisOptions {
  /** Work to do while a worker thread analyses text (not called when none does). */
  whileAnalysing?: (speakers: SpeakerInfo[]) => void;
}

export function buildCorpusView(corpus: Corpus, options: BuildOptions = {}): CorpusView {
  const speakers: SpeakerInfo[] = [];
  const speakerIndex = new Map<string, number>();
  const articles: ArticleInfo[] = [];
  const laidOut: LaidOut[][] = [];

  for (const a of corpus.articles) {
    // The same id with the same name in two articles is one speaker; a clashing id stays separate.
    const local = new Map<string, number>();
    for (const s of a.speakers) {
      const existing = speakerIndex.get(s.id);
      if (existing !== undefined && normalize(speakers[existing].name) === normalize(s.name)) {
        const e = speakers[existing];
        e.aliases = [...new Set([...e.aliases, ...s.aliases])];
        e.articles.push(a.article.id);
        e.role ??= s.role;
        e.roleAr ??= s.roleAr;
        e.nameAr ??= s.nameAr;
        local.set(s.id, existing);
        continue;
      }
      const id = existing === undefined ? s.id : `${a.article.id}:${s.id}`;
      const entry: SpeakerInfo = {
        id, name: s.name, nameAr: s.nameAr, role: s.role, roleAr: s.roleAr,
        kind: s.kind, aliases: [...s.aliases], quoteCount: 0, articles: [a.article.id],
      };
      speakerIndex.set(id, speakers.length);
      local.set(s.id, speakers.length);
      speakers.push(entry);
    }
    laidOut.push(layOut(a, local));
    articles.push({
      id: a.article.id, lang: a.article.lang, title: a.article.title, titleEn: a.article.titleEn,
      source: a.article.source, date: a.article.date, status: a.article.status,
      paragraphs: a.lines.length, quoteCount: a.quotes.length, factCount: a.facts.length,
    });
  }

  const table = new KeyTable();
  const prepared = laidOut.map(textsOf);
  const whileWaiting = options.whileAnalysing && (() => options.whileAnalysing?.(speakers));
  const keys = analyzeArticles(prepared.map((p) => p.texts), table, { ...options, whileWaiting });

  const records: SearchRecord[] = [];
  laidOut.forEach((laid, a) => {
    const { sentenceOf } = prepared[a];
    const draft = articles[a].status === "draft";
    laid.forEach((r, i) => {
      records.push({
        kind: r.kind, speaker: r.speaker, text: r.text, textEn: r.textEn, context: r.context,
        article: articles[a].id, paragraph: r.paragraph, draft, verb: r.verb,
        ownKeys: keys[a].own[i], topicKeys: keys[a].topics[i], secondaryKeys: keys[a].sentences[sentenceOf[i]],
      });
      if (r.speaker >= 0) speakers[r.speaker].quoteCount++;
    });
  });

  const quotesOf: number[][] = speakers.map(() => []);
  records.forEach((r, i) => {
    if (r.speaker >= 0) quotesOf[r.speaker].push(i);
  });
  return { keys: table.keys, records, speakers, quotesOf, articles };
}
