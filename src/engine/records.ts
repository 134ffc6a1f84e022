// Turns a loaded corpus into what the engine searches: one record per quote or fact (with its
// sentence of context and search keys) and one directory entry per speaker, merged across articles.
import type { Corpus } from "../corpus/load.js";
import { ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS, VERB_EN_TO_AR, normalize } from "../normalize/index.js";
import type { ArticleInfo, SpeakerInfo } from "../types.js";
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

export function buildCorpusView(corpus: Corpus): CorpusView {
  const speakers: SpeakerInfo[] = [];
  const speakerIndex = new Map<string, number>();
  const records: SearchRecord[] = [];
  const articles: ArticleInfo[] = [];
  const table = new KeyTable();

  for (const a of corpus.articles) {
    const draft = a.article.status === "draft";
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

    const located = [
      ...a.quotes.map((q) => ({ ...q, kind: "quote" as const, speaker: local.get(q.speaker)!, verb: canonicalVerb(q.verb) })),
      ...a.facts.map((f) => ({ ...f, kind: "fact" as const, speaker: -1, verb: null })),
    ]
      .map((r) => ({ ...r, offset: a.lines[r.paragraph - 1].indexOf(r.text) }))
      .sort((x, y) => x.paragraph - y.paragraph || x.offset - y.offset);

    const withContext = located.map((r) => ({
      ...r,
      context: sentenceAround(a.lines[r.paragraph - 1], r.offset, r.offset + r.text.length),
    }));
    const normalized = withContext.map((r) => ({ text: normalize(r.text), en: r.textEn ? normalize(r.textEn) : "" }));
    // What a sentence says, in Arabic and in English: its text and the renderings of every record taken
    // from it. Sibling records share one sentence, so its keys are collected once.
    const ownKeys = normalized.map(({ text, en }) => table.collect([text, en]));
    const sentences = new Map<string, number[]>();
    withContext.forEach((r, i) => {
      const members = sentences.get(r.context);
      if (members) members.push(i);
      else sentences.set(r.context, [i]);
    });
    const sentenceKeys = new Map<string, Int32Array>();
    for (const [context, members] of sentences) {
      const first = withContext[members[0]];
      // The sentence is a record's own text plus what stands around it: only the rest is new.
      const at = context.indexOf(first.text);
      const rest = at < 0 ? context : `${context.slice(0, at)} ${context.slice(at + first.text.length)}`;
      sentenceKeys.set(context, table.collect([normalize(rest)], members.map((m) => ownKeys[m])));
    }

    withContext.forEach((r, i) => {
      records.push({
        kind: r.kind, speaker: r.speaker, text: r.text, textEn: r.textEn, context: r.context,
        article: a.article.id, paragraph: r.paragraph, draft, verb: r.verb,
        ownKeys: ownKeys[i],
        topicKeys: table.collect(r.topics.map(normalize)),
        secondaryKeys: sentenceKeys.get(r.context)!,
      });
      if (r.speaker >= 0) speakers[r.speaker].quoteCount++;
    });

    articles.push({
      id: a.article.id, lang: a.article.lang, title: a.article.title, titleEn: a.article.titleEn,
      source: a.article.source, date: a.article.date, status: a.article.status,
      paragraphs: a.lines.length, quoteCount: a.quotes.length, factCount: a.facts.length,
    });
  }

  const quotesOf: number[][] = speakers.map(() => []);
  records.forEach((r, i) => {
    if (r.speaker >= 0) quotesOf[r.speaker].push(i);
  });
  return { keys: table.keys, records, speakers, quotesOf, articles };
}
