// The corpus file format, one `<article-id>.json` beside its article text. Checked with zod so that
// a broken file is refused with the path of the bad field; cross-field integrity lives in load.ts.
// zod loads on first validation only: a start from the index cache never needs it.
import { createRequire } from "node:module";
import type { z as Zod } from "zod";

export const speakerKinds = ["person", "group", "organization", "state"] as const;
export const quoteTypes = ["direct", "partial", "indirect"] as const;

function build(z: typeof Zod) {
  const id = z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "must be lowercase letters, digits, '_' or '-'");
  const text = z.string().trim().min(1, "must not be empty");
  const nullableText = text.nullable();

  const SpeakerSchema = z.strictObject({
    id,
    /** Canonical English name, e.g. "Nathan Sales" or "US defense officials". */
    name: text,
    /** The name as the article writes it; null for an English article. */
    nameAr: nullableText,
    /** Every other way to call the speaker, in both scripts: surname alone, spellings, transliterations. */
    aliases: z.array(text),
    role: nullableText,
    roleAr: nullableText,
    kind: z.enum(speakerKinds),
  });

  const QuoteSchema = z.strictObject({
    id,
    /** null only in a draft: a quote whose speaker the extractor could not tell, kept for the curator.
     *  It is searched as the article's words; whoever asks who said it is offered it with no speaker. */
    speaker: id.nullable(),
    /** Exact span of the article (never edited). */
    text,
    textEn: nullableText,
    /** The reporting verb as the article writes it (قال، حذر، said, warned …). */
    verb: text,
    type: z.enum(quoteTypes),
    /** 1-based line of the article file. */
    paragraph: z.number().int().min(1),
    /** Extra search words a curator adds (synonyms, topics), both languages. */
    topics: z.array(text).default([]),
    /** Drafts only: how sure the extractor is of the speaker, 0..1 (absent: curated). A low one is offered, not stated. */
    confidence: z.number().min(0).max(1).optional(),
  });

  const FactSchema = z.strictObject({
    id,
    text,
    textEn: nullableText,
    paragraph: z.number().int().min(1),
    topics: z.array(text).default([]),
  });

  const ArticleMetaSchema = z.strictObject({
    id,
    lang: z.enum(["ar", "en"]),
    /** The article's text file, relative to the corpus file. */
    file: text,
    title: text,
    titleEn: nullableText,
    source: z.strictObject({
      publisher: nullableText,
      url: nullableText,
      note: nullableText,
    }),
    /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known). */
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
      .nullable(),
    status: z.enum(["reviewed", "draft"]),
  });

  const CorpusFileSchema = z.strictObject({
    article: ArticleMetaSchema,
    speakers: z.array(SpeakerSchema),
    quotes: z.array(QuoteSchema),
    facts: z.array(FactSchema),
  });

  return { SpeakerSchema, QuoteSchema, FactSchema, ArticleMetaSchema, CorpusFileSchema };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;

export function schemas(): Schemas {
  return (built ??= build((createRequire(import.meta.url)("zod") as typeof import("zod")).z));
}

export type SpeakerRecord = Zod.infer<Schemas["SpeakerSchema"]>;
export type QuoteRecord = Zod.infer<Schemas["QuoteSchema"]>;
/** A quote with a speaker. */
export type AttributedQuote = QuoteRecord & { speaker: string };
export type FactRecord = Zod.infer<Schemas["FactSchema"]>;
export type ArticleMeta = Zod.infer<Schemas["ArticleMetaSchema"]>;
export type CorpusFile = Zod.infer<Schemas["CorpusFileSchema"]>;
/** What a corpus file is written as (defaults may be left out). */
export type CorpusFileInput = Zod.input<Schemas["CorpusFileSchema"]>;
