// Arabic attribution patterns. In Arabic news the verb usually comes first:
//   وقال [المسمى] الاسم[، صفة،] [ظرف] إن/أن/: «…»      (speaker after the verb)
//   حذر X من أن …، هدد X بـ …، أشار X إلى أن …          (content opened by a preposition)
//   «…»، قال X.   X قال إن …   وأضاف أن …  مضيفاً أن …  بحجة أن …   وبحسب X، …   نقلت … عن X قوله …
import { ADDRESSEE_VERBS, ADJUNCT_STARTERS, CONTINUING_VERBS, FIRST_PERSON_OPENERS, PARTICIPLE_PREPS, BY_SAYING, COMMON_WORDS, COMPLEMENTIZER, DOCUMENT_HEADS, isGroupHead, ORG_HEADS, REPORTING_VERBS } from "./lexicon-ar.js";
import { sentencesOf } from "./segment.js";
import { arabicQuoteSpans, withoutQuotedNames } from "./ar/quoted-names.js";
import { restIsPunctuation, tokenize, type Token } from "./tokens.js";
import { isMasdar } from "./masdar-ar.js";
import { normAr, stripConj } from "./text.js";
import type { Attribution, Gender, Mention, Paragraph, QuoteSpan } from "./types.js";
import { PREP_WORDS, isWord, n, surface, withoutLam } from "./ar/names.js";
import { asTheyPutIt, conveyedMessage, describedAs, innerOpener, innerSpeech, innerSubject, describedVerb, renewedStatement, rulingText, triggerGender, triggerOf } from "./ar/cues.js";
import { accordingAsideEnd, announcedObject, attachedBaMasdar, contentRange, findOpener } from "./ar/content.js";
import type { Opener } from "./ar/content.js";
import { QUANTITY_HEADS, arabicContext, noSubjectWritten, parseArabicSubject } from "./ar/candidates.js";
import type { ArabicContext } from "./ar/candidates.js";
import { citedBefore, describedByRelative, honoredBefore, documentAuthor, documentIssuer, frontedApposition, frontedBefore, frontedTitle, introducedPerson, issuedEarlier, kanaSubject, openingSubject, selfIntroduced, subjectBefore, topicOf } from "./ar/fronted.js";
import { hasArticle } from "./ar/clitic.js";
import { unclosedNameEnd } from "./ar/apposition.js";

/** A word in the first person that opens a speaker's own words (كنا، لدينا، استطعنا، نحن). */
const firstPerson = (w: string) => /^(?:نحن|اننا|انا|كنا|لدينا|لقد)$/.test(w) || FIRST_PERSON_OPENERS.has(w) || (w.length >= 5 && /[^ا]نا$/.test(w) && !hasArticle(w));

/** "وزير الطاقة: عقود توريد الغاز … لن تخضع لقانون قيصر": a headline that gives a statement after its source and a
 *  colon. The source is a title, a body, a state or a group, or a name the article gives in full; anything else
 *  before the colon ("باكالوريا: …") is a topic label, not a speaker. */
function headlineStatement(p: Paragraph, ctx: ArabicContext): Attribution | null {
  const line = p.text;
  const colon = line.search(/\s*:\s*/);
  if (colon < 2 || colon > 60 || /["«“\d|]/.test(withoutQuotedNames(line).slice(0, colon)) || line.trim().split(/\s+/).length > 24 || /!["”»]?\s*$/.test(line.trim())) return null;
  const spans = arabicQuoteSpans(line);
  const s = sentencesOf(p, spans)[0];
  if (!s) return null;
  const tokens = tokenize(s, spans);
  const c = tokens.findIndex((t) => t.kind === "colon");
  if (c < 1 || c > 5 || tokens.slice(0, c).some((t) => t.kind !== "word")) return null;
  const m = parseArabicSubject(line, p.base, tokens.slice(0, c), null, ctx);
  if (!m || m.kind === "pronoun" || m.kind === "epithet") return null;
  // "السعيد : …": a lone surname the parse has already read as the full name the article gives it counts as given.
  const written = line.slice(tokens[0].start, tokens[c - 1].end);
  // "عميد سبها: …"، "مدرب الأخضر "مانشيني": …": one word after a title may be the title's place or body as well as its
  // holder's surname; only the article writing it as a name ("وأكد مانشيني"، "روبرتو مانشيني") says it is the holder.
  const oneWord = !/\s/.test(m.surface.trim());
  const full = m.kind === "name" ? ctx.fullName(m.surface) ?? (m.surface !== written && (!oneWord || ctx.writtenAsName(m.surface)) ? m.surface : null) : null;
  if (m.kind === "name" && !full) return null;
  const rest = tokens.slice(c + 1);
  const q = rest[0]?.kind === "quote" && restIsPunctuation(rest, 0) ? rest[0] : null;
  const range = q ? [q.span!.start, q.span!.end] as const : contentRange(line, tokens[c].end, line.length);
  if (!range || line.slice(range[0], range[1]).trim().split(/\s+/).length < 3) return null;
  const mention = m.kind === "name" ? { ...m, surface: full! } : m;
  return { paragraph: p.line, text: line.slice(range[0], range[1]), start: range[0], verb: ":", type: q ? "direct" : "indirect", mention: { ...mention, headline: true } };
}

/** "رياضة"، "أخبار محلية": a line of one to three words with no punctuation, the section a page files the article under. */
const sectionLabel = (p: Paragraph) => /^[\p{L}\s]+$/u.test(p.text.trim()) && p.text.trim().split(/\s+/).length <= 3;

/** Relative pronouns that open a clause describing the noun before them. */
const RELATIVES = new Set(["التي", "والتي", "الذي", "والذي", "الذين", "والذين"]);
/** A verb of saying, or of imputing (نسب إلى: attributed to), in the past. */
const imputes = (w: string) => REPORTING_VERBS.has(w) || /^نسب(?:ت|وا)?$/.test(w);

export function arabicAttributions(paragraphs: Paragraph[]): Attribution[] {
  const out: Attribution[] = [];
  const ctx = arabicContext(paragraphs);
  let previous: Paragraph | null = null;
  let carried = false;
  const pullQuotes: { paragraph: number; text: string; start: number }[] = [];
  // Speech reported inside quotes, kept apart: it comes last, so that no later verb or quote continues its speaker.
  const nested: Attribution[] = [];
  for (const p of paragraphs) {
    const spans = arabicQuoteSpans(p.text, carried);
    carried = spans[spans.length - 1]?.open ?? false;
    const inParagraph: Attribution[] = [];
    const quoteOnly: Token[] = [];
    let prevSentenceQuoted = false;
    let loneVerb: Token | null = null;
    for (const s of sentencesOf(p, spans)) {
      const tokens = tokenize(s, spans);
      const own = sentenceAttributions(p, s.start, tokens, ctx);
      // "وزاد. مليشيا … كانوا يسعون …": a sentence that is only a subjectless verb of saying (a full stop where a colon
      // belonged) is said of the sentence after it.
      if (loneVerb && !own.length && tokens.filter((t) => t.kind === "word").length >= 3) {
        const range = contentRange(p.text, s.start, s.end);
        const gender = REPORTING_VERBS.get(stripConj(n(loneVerb)))?.gender ?? CONTINUING_VERBS.get(stripConj(n(loneVerb))) ?? "m";
        if (range) own.push({ paragraph: p.line, text: p.text.slice(range[0], range[1]), start: range[0], verb: loneVerb.text, type: "direct", mention: { kind: "pronoun", surface: "", role: null, gender, pos: p.base + loneVerb.start } });
      }
      const words = tokens.filter((t) => t.kind !== "end");
      loneVerb = words.length === 1 && words[0].kind === "word" && /^[وف]/.test(n(words[0])) && (REPORTING_VERBS.has(stripConj(n(words[0]))) || CONTINUING_VERBS.has(stripConj(n(words[0])))) ? words[0] : null;
      const alone = tokens.length > 0 && tokens.every((t) => t.kind === "quote" || t.kind === "end") && tokens[0].kind === "quote";
      // «…»، قالت X. «…».: a quote standing alone right after a sentence that quoted someone goes on with them.
      const prev = inParagraph[inParagraph.length - 1];
      if (!own.length && alone && prev && prev.type === "direct" && prevSentenceQuoted) {
        const q = tokens[0];
        own.push({ paragraph: p.line, text: p.text.slice(q.span!.start, q.span!.end), start: q.span!.start, verb: prev.verb, type: "direct", mention: prev.mention, sameAs: prev });
      }
      prevSentenceQuoted = own.length > 0;
      inParagraph.push(...own);
      for (const t of tokens) if (t.kind === "quote") nested.push(...nestedInQuote(p, t.span!, ctx));
      if (alone) quoteOnly.push(tokens[0]);
    }
    // A paragraph that is only a quote goes on with the quote that ended the paragraph before
    // (a quotation running over several paragraphs).
    const last = out[out.length - 1];
    // "«ضربة الجزاء أنهت آمالنا»" as a crosshead: a quote-only paragraph whose words come back later inside a quote
    // is a pull quote; it is the later quote's speaker's, not the one before it.
    const pulled = quoteOnly.length === 1 && !inParagraph.length ? quoteOnly[0] : null;
    // "وقال وزير الاتصال X:" closing its line, then a paragraph that is only the quotation: one statement.
    if (!inParagraph.length && quoteOnly.length && previous) inParagraph.push(...quoteAfterColonLine(previous, p, ctx));
    if (pulled && pulledLater(p.text.slice(pulled.span!.start, pulled.span!.end), paragraphs, p.line)) {
      pullQuotes.push({ paragraph: p.line, text: p.text.slice(pulled.span!.start, pulled.span!.end), start: pulled.span!.start });
    } else if (!inParagraph.length && quoteOnly.length && last && previous && last.paragraph === previous.line && last.type === "direct") {
      for (const q of quoteOnly) {
        inParagraph.push({ paragraph: p.line, text: p.text.slice(q.span!.start, q.span!.end), start: q.span!.start, verb: last.verb, type: "direct", mention: last.mention, sameAs: last });
      }
    }
    // The article's first line, when it is a headline with its source before a colon (after a section label: "رياضة").
    if (!inParagraph.length && (p === paragraphs[0] || (p === paragraphs[1] && sectionLabel(paragraphs[0])))) {
      const h = headlineStatement(p, ctx);
      if (h) inParagraph.push(h);
    }
    out.push(...inParagraph);
    previous = p;
  }
  headlineTitleSameAs(out);
  return [...withPullQuotes(out.flatMap(withoutReportedWords), pullQuotes), ...nested];
}

/** Inside a quotation, a verb of saying in the third person and a colon («…، والتي قال فيها: أعتقد …»، «… قال لي: …»):
 *  the quoted speaker reports someone else's words from there on. */
const REPORTED_INSIDE = /[،,]?\s*(?:و?(?:التي|الذي)\s+)?و?(?:قال|قالت|يقول|تقول)(?:\s+(?:فيها|فيه|لي|لنا|له|لها))?\s*:\s*/u;

/** Offset `at` of `text` lies between quotation marks that open before it. */
function insideMarks(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const count = (re: RegExp) => (before.match(re) ?? []).length;
  return count(/"/g) % 2 === 1 || count(/[«“]/g) > count(/[»”]/g);
}

/** A quotation that reports another's words goes to its speaker only up to them; those words are kept with nobody
 *  named (the pronoun or the name inside them is the quoted speaker's to tell, not ours to guess). */
function withoutReportedWords(a: Attribution): Attribution[] {
  if (a.text.length > 4000) return [a];
  const m = REPORTED_INSIDE.exec(a.text);
  if (!m || m.index < 12 || a.text.length - (m.index + m[0].length) < 12 || (a.type !== "direct" && !insideMarks(a.text, m.index))) return [a];
  const inner = m.index + m[0].length;
  return [
    { ...a, text: a.text.slice(0, m.index).trimEnd() },
    { ...a, text: a.text.slice(inner), start: a.start + inner, sameAs: undefined, mention: { ...a.mention, ambiguous: true, cited: true } },
  ];
}

/** Content words of a statement (three letters or more, normalized). */
const statementWords = (s: string) => new Set(normAr(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3));

/** "الناطق الرسمي للحكومة : لا تراجع عن القرارات …" over an article where "وقال وزير الاتصال X: «… لا تراجع عن
 *  القرارات …»": a headline that gives its statement to a bare title sums up a statement the body gives to the one
 *  who holds it. When most of the headline's words come back in one later statement, the headline is that
 *  statement's (its speaker resolved with it), not an unnamed title's. */
function headlineTitleSameAs(found: Attribution[]): void {
  const h = found[0];
  if (!h || !h.mention.headline || h.mention.kind !== "title" || h.sameAs) return;
  const words = statementWords(h.text);
  if (words.size < 4) return;
  let best: Attribution | null = null;
  let bestShare = 0;
  for (const a of found.slice(1)) {
    if (a.paragraph === h.paragraph) continue;
    const have = statementWords(a.text);
    const share = [...words].filter((w) => have.has(w)).length / words.size;
    if (share > bestShare) [best, bestShare] = [a, share];
  }
  if (best && bestShare >= HEADLINE_SHARE) h.sameAs = best.sameAs ?? best;
}
/** How much of the headline's statement a later statement must hold to be the one it sums up. */
const HEADLINE_SHARE = 0.6;

/** "وقال وزير الاتصال X:" ending its line and the quotation alone on the next: the two lines read as one (the next one
 *  joined after spaces, so that offsets in the speaker's line hold), keeping the attributions whose content is on the
 *  quotation's line. */
function quoteAfterColonLine(previous: Paragraph, p: Paragraph, ctx: ArabicContext): Attribution[] {
  if (!/[:：]\s*$/.test(previous.text) || previous.text.length > 2000 || p.text.length > 4000) return [];
  const shift = Math.max(previous.text.length + 1, p.base - previous.base);
  const joined: Paragraph = { line: previous.line, text: previous.text.padEnd(shift, " ") + p.text, base: previous.base };
  const spans = arabicQuoteSpans(joined.text);
  const out: Attribution[] = [];
  for (const s of sentencesOf(joined, spans)) {
    if (s.end <= shift) continue;
    for (const a of sentenceAttributions(joined, s.start, tokenize(s, spans), ctx)) {
      if (a.start < shift || a.sameAs) continue;
      out.push({ ...a, paragraph: p.line, start: a.start - shift });
    }
  }
  return out;
}

/** "وقال: «… حيث شدد اتحاد الأفران على أن …»"، "“أمام عيني توجيه صاحب السمو أن …": a quote may report someone else's
 *  words, with a reporting cue and its own speaker written inside it. Those words are that speaker's, not the quoted
 *  one's. Only a speaker written out (a name, a title, a body, a state) counts: a pronoun inside a quote is the quoted
 *  speaker talking of themself or of someone the patterns cannot see. */
function nestedInQuote(p: Paragraph, span: QuoteSpan, ctx: ArabicContext): Attribution[] {
  const inner = p.text.slice(span.start, span.end);
  if (inner.length > 4000 || inner.split(/\s+/).length < 6) return [];
  // The line with all but the quote's inside blanked: offsets stay those of the line, and the outer marks are gone.
  const text = " ".repeat(span.start) + inner;
  const only: Paragraph = { line: p.line, text, base: p.base };
  const spans = arabicQuoteSpans(text);
  const out: Attribution[] = [];
  for (const s of sentencesOf(only, spans)) {
    for (const a of sentenceAttributions(only, s.start, tokenize(s, spans), ctx)) {
      const m = a.mention;
      if (a.sameAs || m.unreadable || m.kind === "pronoun" || m.kind === "epithet" || m.kind === "group") continue;
      // «أبلغت الوزارة بمطالبها …»: a quote that opens on the verb has its subject outside the marks; what follows the
      // verb is its object.
      if (p.text.slice(span.start, m.pos - p.base).trim().split(/\s+/).length < 2) continue;
      // "… أن ارواح الناس في ارقابنا، ونحن قلقون …": the quoted speaker in the first person again ends the report.
      const back = /[،,]\s*و?(?:نحن|انا|أنا|إننا|اننا|إنني|انني)\s/.exec(a.text);
      // Cited: the quoted speaker goes on speaking after it; a later pronoun is not the inner speaker's.
      out.push({ ...a, text: back ? a.text.slice(0, back.index).trim() : a.text, mention: { ...m, cited: true } });
    }
  }
  return out;
}

const pullWords = (s: string) => new Set(normAr(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
/** Every word of the pull quote is in `text` (a crosshead may shorten the sentence it takes its words from). */
const holdsWords = (text: string, pull: string) => {
  const have = pullWords(text);
  return [...pullWords(pull)].every((w) => have.has(w));
};

/** The words of a short quote-only paragraph come back later in the article. */
function pulledLater(text: string, paragraphs: Paragraph[], line: number): boolean {
  const n = pullWords(text).size;
  if (n < 3 || n > 25) return false;
  return paragraphs.some((p) => p.line > line && holdsWords(p.text, text));
}

/** Each pull quote goes to the first later attribution that holds its words (none: it stays out). */
function withPullQuotes(found: Attribution[], pulls: { paragraph: number; text: string; start: number }[]): Attribution[] {
  if (!pulls.length) return found;
  const out = [...found];
  for (const q of pulls) {
    const source = found.find((a) => a.paragraph > q.paragraph && a.type !== "indirect" && holdsWords(a.text, q.text));
    if (!source) continue;
    const at = out.findIndex((a) => a.paragraph > q.paragraph);
    out.splice(at < 0 ? out.length : at, 0, { paragraph: q.paragraph, text: q.text, start: q.start, verb: source.verb, type: "partial", mention: source.mention, sameAs: source });
  }
  return out;
}

function sentenceAttributions(p: Paragraph, sentenceStart: number, tokens: Token[], ctx: ArabicContext): Attribution[] {
  const line = p.text;
  const found: Attribution[] = [];
  const triggers = tokens.map((_, i) => triggerOf(tokens, i));
  const topic = topicOf(line, p.base, tokens, ctx) ?? kanaSubject(line, p.base, tokens, ctx);
  const pronounAt = (i: number): Mention => {
    if (topic) return { ...topic, gender: triggerGender(triggers[i]) ?? topic.gender };
    const gender = triggerGender(triggers[i]);
    const kunya = selfIntroduced(line.slice(0, tokens[i].start), gender);
    if (kunya) return { kind: "name", surface: kunya, role: null, gender, pos: p.base + tokens[i].start };
    // "جلست سعاد بنت عيسى المصري، وهي أم لأربعة أطفال، تنتظر …. وقالت: «…»": the person the paragraph has just
    // introduced as the subject of a verb of the same gender.
    const introduced = !found.length && !topic ? introducedPerson(line.slice(0, tokens[i].start), gender) : null;
    if (introduced) return { kind: "name", surface: introduced.surface, role: null, gender, pos: p.base + introduced.start };
    const described = !found.length && !topic ? describedByRelative(line.slice(0, tokens[i].start), gender) : null;
    if (described) return { kind: "name", surface: described.surface, role: null, gender, pos: p.base + described.start };
    // "وعبّر أولياء أمور … عن غضبهم، وقالوا إن …": a plural verb goes with the group the sentence opened with.
    if (gender === "pl" && !found.length) {
      const g = tokens.findIndex((t, x) => x < i && t.kind === "word" && (isGroupHead(n(t)) || QUANTITY_HEADS.has(n(t))));
      if (g >= 0) {
        let e = g + 1;
        while (e < i && tokens[e].kind === "word" && !triggers[e]) e++;
        const m = parseArabicSubject(line, p.base, tokens.slice(g, e), gender, ctx);
        if (m?.kind === "group") return m;
      }
    }
    // "من جانبه، رحب وزير الصحة X بالنتائج، …، وصرح بأن …": a و-joined verb after a comma shares the subject of
    // the verb that opened the sentence.
    // "رحبت X بالقرار، لكنها حذرت …": a contrast pronoun after a comma is that same subject.
    const contrast = ["لكنه", "لكنها", "ولكنه", "ولكنها"].includes(n(tokens[i - 1])) && tokens[i - 2]?.kind === "comma";
    // "وعينت الحكومة اليمنية محافظاً جديداً وقالت إنها …": so does one joined by و with no comma.
    if (!found.length && (/^و/.test(n(tokens[i])) || contrast)) {
      const opening = openingSubject(line, p.base, tokens, i, gender, ctx, true, true) ?? frontedApposition(line, p.base, tokens, i, gender, ctx) ?? frontedTitle(line, p.base, tokens, gender);
      if (opening) return opening;
    }
    return { kind: "pronoun", surface: "", role: null, gender, pos: p.base + tokens[i].start };
  };
  const nextTrigger = (after: number) => {
    for (let j = after; j < tokens.length; j++) if (triggers[j]) return j;
    return tokens.length;
  };
  const clauseEnd = (from: number) => {
    const j = nextTrigger(from);
    // "…، وهي خطوة …": the writer's comment on what was said is not part of it.
    for (let k = from + 1; k < j; k++) {
      if (tokens[k].kind === "comma" && ["وهي", "وهو", "وهذا", "وهذه", "مما", "ما"].includes(n(tokens[k + 1]))) return tokens[k].start;
      // "بعدم جدية التحريات والتي نسبت إلى المتهمين ارتكابهم …": a relative clause that reports or imputes is the
      // claim of the noun it describes, not the speaker's.
      if (RELATIVES.has(n(tokens[k])) && k > from + 1 && imputes(n(tokens[k + 1]))) return tokens[k].start;
    }
    return j < tokens.length ? tokens[j].start : (tokens[tokens.length - 1]?.end ?? line.length);
  };

  const emit = (i: number, contentStart: number, skip: number, mention: Mention | null, sameAs?: Attribution) => {
    const verb = tokens[i].text;
    const first = tokens[contentStart];
    if (!first) return;
    let text: string;
    let start: number;
    let type: Attribution["type"];
    const endTok = nextTrigger(contentStart);
    // "نقلت وكالة أن X، محامي Y، عبّر عن …": what comes before the next verb is only that verb's fronted subject.
    const between = tokens.slice(contentStart, endTok);
    const subjectOnly = COMPLEMENTIZER.test(n(tokens[contentStart - 1])) && between.filter((t) => t.kind === "comma").length >= 2;
    if (subjectOnly && endTok < tokens.length && between.length <= 12 && tokens[endTok - 1]?.kind === "comma" && between.every((t) => t.kind === "word" || t.kind === "comma") && triggers[endTok]?.kind === "verb") return;
    // "ولفت الوزير إلى أن جلالة الملك تحدث خلال الجلسة، أنه سيتابع …": the relayer's words run to the inner speaker's
    // own أن (that the King spoke); what follows it is the King's (see innerSpeech).
    const subjectWords = between[between.length - 1]?.kind === "comma" ? between.slice(0, -1) : between;
    const inner = endTok < tokens.length && subjectWords.length <= 3 && subjectWords.every((t) => t.kind === "word") && COMPLEMENTIZER.test(n(tokens[contentStart - 1])) ? innerOpener(tokens, endTok) : -1;
    const onlyQuote = first.kind === "quote" && (restIsPunctuation(tokens, contentStart) || contentStart + 1 === endTok || tokens[contentStart + 1]?.kind === "end");
    if (first.kind === "quote" && onlyQuote) {
      start = first.span!.start;
      text = line.slice(first.span!.start, first.span!.end);
      type = "direct";
    } else {
      const range = contentRange(line, first.start + skip, inner > 0 ? tokens[inner].start : clauseEnd(contentStart));
      if (!range) return;
      [start] = range;
      text = line.slice(range[0], range[1]);
      const hasQuote = tokens.slice(contentStart, endTok).some((t) => t.kind === "quote");
      type = hasQuote ? "partial" : "indirect";
    }
    if (text.trim().split(/\s+/).length < 2) return;
    const m: Mention = mention ?? pronounAt(i);
    const a: Attribution = { paragraph: p.line, text: text.trim(), start, verb, type, mention: m, sameAs };
    found.push(a);
  };

  for (let i = 0; i < tokens.length; i++) {
    const asPut = asTheyPutIt(tokens, i);
    if (asPut) {
      const span = asPut.quote.span!;
      const named = asPut.subject.length ? parseArabicSubject(line, p.base, asPut.subject, null, ctx) : null;
      if (asPut.subject.length && (!named || named.kind === "pronoun")) continue;
      const mention: Mention = named ?? (topic ? { ...topic, gender: asPut.gender } : { kind: "pronoun", surface: "", role: null, gender: asPut.gender, pos: p.base + tokens[i].start });
      found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: line.slice(tokens[i].start, asPut.said.end), type: "direct", mention });
      continue;
    }
    const trig = triggers[i];
    const described = trig ? null : describedAs(tokens, i);
    if (described) {
      const span = described.quote.span!;
      const subject = described.subject.length ? parseArabicSubject(line, p.base, described.subject, described.gender, ctx) : null;
      if (described.subject.length && !subject) continue;
      const mention = subject ?? (topic ? { ...topic } : { kind: "pronoun" as const, surface: "", role: null, gender: described.gender, pos: p.base + tokens[i].start });
      found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: tokens[i].text, type: "partial", mention });
      continue;
    }
    const verdict = trig ? null : describedVerb(tokens, i);
    if (verdict) {
      // "لكن ممثلة الطلاب، X، وصفت القرار بأنه «…»": a fronted subject; "ووصف رئيس النقابة، X، القرار بأنه «…»":
      // the subject set off by commas after the verb. Anything else (no comma to tell subject from object) is left out.
      const mention = verdict.after.length
        ? parseArabicSubject(line, p.base, verdict.after, verdict.gender, ctx)
        : frontedBefore(line, p.base, tokens, i, verdict.gender, ctx);
      if (!mention || mention.kind === "pronoun") continue;
      const [start, end] = verdict.content;
      found.push({ paragraph: p.line, text: line.slice(start, end), start, verb: tokens[i].text, type: verdict.quote ? "partial" : "indirect", mention });
      continue;
    }
    if (!trig) continue;
    const prevInSentence = found[found.length - 1];
    if (trig.kind === "pretext" || trig.kind === "participle") {
      const preps = trig.kind === "participle" ? (PARTICIPLE_PREPS.get(n(tokens[i])) ?? PARTICIPLE_PREPS.get(stripConj(n(tokens[i]))) ?? []) : [];
      // "مؤكداً قدرة الوزارة على …": a participle has no subject after it; a verbal noun right after it is the content.
      const masdarObject = trig.kind === "participle" && isMasdar(n(tokens[i + 1])) && tokens[i + 2]?.kind === "word";
      let op: Opener | null = masdarObject ? { at: i + 1, contentStart: i + 1, via: "prep" } : findOpener(tokens, i + 1, preps, i + 4);
      // "مؤكدة في رسالة نشرتها على صفحتها أنها …": where it was said, before the clause.
      // "قائلاً لموقع إخباري محلي: «…»": or to whom.
      if (!op && trig.kind === "participle" && (ADJUNCT_STARTERS.has(n(tokens[i + 1])) || /^ل[^ل]/.test(n(tokens[i + 1])))) {
        op = findOpener(tokens, i + 2, [], i + 14);
        if (op && op.via !== "clause" && op.via !== "colon") op = null;
      }
      // "قائلا نشتري الذرة …"، "مشيرا كنا نعتمد …": the speaker's own words with no mark before them, told by قائلاً
      // (saying) or by a first-person word opening them.
      if (!op && trig.kind === "participle" && tokens[i + 1]?.kind === "word" && tokens[i + 2]?.kind === "word" && (/^و?قايل/.test(n(tokens[i])) || firstPerson(n(tokens[i + 1])))) {
        op = { at: i + 1, contentStart: i + 1, via: "prep" };
      }
      if (!op) continue;
      // "أعلنت الناقدة X، رئيسة اللجنة، استقالتها، مؤكدة أن …": with nobody quoted before it in the sentence, the
      // participle's subject is the one the sentence opened with.
      // "…، مؤكداً سموه أن …": an honorific pronoun names the one the sentence addressed so (the King, the Emir).
      const honored = honoredBefore(line, p.base, tokens, i, tokens[i + 1], ctx) ?? citedBefore(line, p.base, tokens, i, ctx);
      if (honored) {
        emit(i, op.contentStart, op.skip ?? 0, honored);
        continue;
      }
      const opening = prevInSentence ? null : openingSubject(line, p.base, tokens, i, triggerGender(trig), ctx, false, true);
      emit(i, op.contentStart, op.skip ?? 0, opening, prevInSentence);
      continue;
    }
    if (trig.kind === "according") {
      // "وقال السيد، بحسب جريدة «الوطن»، إن …": an aside inside a reporting verb's clause says where it was read; the
      // verb's subject is the speaker (see accordingAsideEnd).
      if (accordingAsideEnd(tokens, i - 1) > 0 && triggers.slice(0, i).some((t) => t?.kind === "verb")) continue;
      // وبحسب X، [فإن] … / …، بحسب X.
      let j = i + 1;
      if (n(tokens[j]) === "ل" || n(tokens[j]) === "لـ") j++;
      // "بحسب ما قالت مصادر أمنية": according to what X said.
      if (n(tokens[j]) === "ما" && REPORTING_VERBS.has(stripConj(n(tokens[j + 1])))) j += 2;
      // "وفق ما نقلته وكالة الأنباء الفرنسية"، "بحسب ما أوردته الصحيفة": what a source relayed, with the verb's pronoun.
      else if (n(tokens[j]) === "ما" && /^(?:نقل|ذكر|اورد|نشر|افاد|اكد|قال)(?:ت)?(?:ه|ها)$/.test(n(tokens[j + 1]))) j += 2;
      // "بحسب ما أفاد به مصدر أمني": the verb's بـ-pronoun comes before the source.
      if (/^ب(?:ه|ها|هم)$/.test(n(tokens[j])) && REPORTING_VERBS.has(stripConj(n(tokens[j - 1])))) j++;
      let k = j;
      // "بحسب تقرير أعدته شركة «درع» المحلية، …": a short quoted name between words belongs to the source.
      const namedInSource = (x: number) => tokens[x].kind === "quote" && tokens[x - 1]?.kind === "word" && tokens[x + 1]?.kind === "word" && tokens[x].text.split(/\s+/).length <= 3;
      // "وحسب المسؤول الحكومي فإن …": فإن closes the source even with no comma before it.
      const resumes = (x: number) => x > j && /^فان(?:ه|ها|هم)?$/.test(n(tokens[x]));
      while (k < tokens.length && (tokens[k].kind === "word" || namedInSource(k)) && !resumes(k)) k++;
      // "وفقاً لتقديرات أولية", "بحسب أرقام رسمية": figures, not a source that speaks; "لبيانات الهيئة العامة للإحصاء":
      // figures of a named body, which is the source.
      if (COMMON_WORDS.has(n(tokens[j]).replace(/^ل(?!ل)/, ""))) {
        if (!ORG_HEADS.has(n(tokens[j + 1])) || !n(tokens[j + 1]).startsWith("ال")) continue;
        j++;
      }
      const source = tokens.slice(j, k);
      if (source.length) source[0] = withoutLam(source[0]);
      const mention = parseArabicSubject(line, p.base, source, null, ctx) ?? null;
      if (!mention) continue;
      // "… في البيت الواحد وحسب المسؤول فإن …": a full stop the writer left out; وحسب … فإن still opens a new clause.
      if ((i <= 1 || /^و/.test(n(tokens[i]))) && resumes(k)) emit(i, k + 1, 0, mention);
      else if (i <= 1 && tokens[k]?.kind === "comma") {
        // "وبحسب مسؤول …، طلب عدم ذكر اسمه …، فإن …": an aside about the source comes before فإن.
        const resumed = tokens.findIndex((t, x) => x > k + 1 && x < k + 30 && t.kind === "comma" && /^فان(?:ه|ها|هم)?$/.test(n(tokens[x + 1])) && tokens.slice(k + 1, x).every((y) => y.kind === "word" || y.kind === "comma"));
        let c = resumed > 0 ? resumed + 1 : k + 1;
        if (/^ف?[اإأ]ن(?:ه|ها|هم)?$/.test(n(tokens[c]))) c++;
        emit(i, c, 0, mention);
      } else if (i > 1 && tokens[i - 1].kind === "quote" && restIsPunctuation(tokens, k - 1) && mention.kind !== "pronoun") {
        // "… بهدف «المحافظة على الاستقرار النقدي» وفق العمايرة.": the words just quoted are the source's.
        const span = tokens[i - 1].span!;
        found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: tokens[i].text, type: "partial", mention });
      } else if (i > 1 && tokens[i - 1].kind === "comma" && (restIsPunctuation(tokens, k - 1) || tokens[k]?.kind === "comma")) {
        // "وأكدت أن …، وفق ما نقلته وكالة …": a verb with no subject written said what the source relayed; the
        // source is its subject.
        const unwritten = found.filter((a) => a.mention.kind === "pronoun" && !a.sameAs);
        if (unwritten.length) for (const a of unwritten) a.mention = { ...mention, gender: a.mention.gender };
        else {
          const range = contentRange(line, sentenceStart, tokens[i - 1].start);
          if (range) found.push({ paragraph: p.line, text: line.slice(range[0], range[1]), start: range[0], verb: tokens[i].text, type: "indirect", mention });
        }
      }
      continue;
    }
    if (trig.kind === "relay") {
      // نقلت وكالة … عن X قوله إن …
      const an = tokens.findIndex((t, x) => x > i && x < i + 10 && isWord(t, "عن", "عنه", "عنها", "عنهم"));
      if (an < 0) continue;
      // "عن المتحدث باسم الإدارة العامة للمرور، العقيد X، قوله": a role and a name set off by commas may be long.
      const say = tokens.findIndex((t, x) => x > an && x < an + 18 && /^قول(?:ه|ها|هم|هما)$/.test(n(t)));
      if (say < 0) {
        // "نقلت وكالة … عن مسؤول كبير في الإدارة: أن …": the source, then a colon or أن, with no قوله between.
        const direct = n(tokens[an]) === "عن" ? findOpener(tokens, an + 2, [], an + 14) : null;
        if (!direct || (direct.via !== "colon" && direct.via !== "clause")) continue;
        const source = tokens.slice(an + 1, direct.at);
        if (!source.length || source.some((t) => t.kind !== "word" && t.kind !== "comma")) continue;
        const named = parseArabicSubject(line, p.base, source, null, ctx);
        if (!named || named.kind === "pronoun") continue;
        const after = COMPLEMENTIZER.test(n(tokens[direct.contentStart])) ? direct.contentStart + 1 : direct.contentStart;
        emit(i, after, 0, named);
        continue;
      }
      // "قولهم في اجتماع عقد بالمغرب أمس إنهم …": where and when they said it may come before the clause.
      const op = findOpener(tokens, say + 1, [], say + 14);
      if (!op) continue;
      const mention = n(tokens[an]) === "عن" ? parseArabicSubject(line, p.base, tokens.slice(an + 1, say), null, ctx) : null;
      // "عن X قوله" with an X we cannot read: leave it out rather than guess a pronoun's antecedent.
      if (!mention && n(tokens[an]) === "عن") continue;
      emit(i, op.contentStart, 0, mention);
      continue;
    }
    // A reporting verb.
    const before = tokens[i - 1];
    const quoteBefore = before?.kind === "quote" ? before : before?.kind === "comma" && tokens[i - 2]?.kind === "quote" ? tokens[i - 2] : null;
    // "«…» قال ذلك الكاتب X، خلال …": "said that", pointing back at the quote before; the speaker follows ذلك.
    const saidThat = !!quoteBefore && ["ذلك", "هذا"].includes(n(tokens[i + 1]));
    const op = saidThat ? null : findOpener(tokens, i + 1, trig.preps, i + 30, !!trig.nounObject);
    if (!op && quoteBefore) {
      // «…»، قال X.
      let k = saidThat ? i + 2 : i + 1;
      while (k < tokens.length && tokens[k].kind !== "end") k++;
      const after = tokens.slice(saidThat ? i + 2 : i + 1, k);
      const mention = parseArabicSubject(line, p.base, after, trig.gender, ctx);
      if (!mention && !noSubjectWritten(after)) continue; // a speaker is written but unreadable: leave it out
      const span = quoteBefore.span!;
      found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: tokens[i].text, type: "direct", mention: mention ?? pronounAt(i) });
      continue;
    }
    // "وأعلن خلال الزيارة تخصيص مبلغ لإعادة بناء …": the object comes before any ب-word that looked like the content.
    const object = announcedObject(tokens, i);
    if (object !== null && (!op || (op.via === "prep" && object < op.at))) {
      emit(i, object, 0, null);
      continue;
    }
    // "ودعت الوزارة وسائل الإعلام لاستقاء …"، "دعا الوزير X، السوريين لعدم …": whom the verb asks is no speaker.
    const asked = ADDRESSEE_VERBS.has(stripConj(n(tokens[i]))) ? addressee(line, p.base, tokens, i, op, trig.gender, ctx) : null;
    if (asked) {
      emit(i, asked.from, 0, asked.subject);
      continue;
    }
    if (!op) continue;
    // "اكتفت الوزيرة بالقول إن …": بالقول opens the content; it is no part of the speaker.
    // "جددت الوزيرة X التأكيد على …": so does a renewal verb's statement noun.
    const renewed = renewedStatement(tokens, i);
    // "وأضاف قوله إن …": his saying, like بالقول, is no part of the speaker.
    const bySaying = renewed > i && renewed < op.at ? renewed : tokens.findIndex((t, x) => x > i && x < op.at && (n(t) === BY_SAYING || (x === i + 1 && /^قول(?:ه|ها|هم)$/.test(n(t)))));
    // "بعثت الوزارة رسالة إلى الأهالي بأن …": the sender is written before the message noun.
    const message = trig.preps.length === 0 ? conveyedMessage(tokens, i) : -1;
    const region = tokens.slice(i + 1, message > 0 && message < op.at ? message : bySaying > 0 ? bySaying : op.at);
    // "أصدرت الشركة بياناً أوضحت فيه أن …": the one who issued the document says what it says.
    if (region.length === 1 && /^في(?:ه|ها)$/.test(n(region[0]))) {
      const issuer = documentIssuer(line, p.base, tokens, i, trig.gender, ctx) ?? (issuedEarlier(tokens, i) ? topic : null);
      if (issuer) emit(i, op.contentStart, op.skip ?? 0, issuer);
      continue;
    }
    // "وجاء في حيثيات الحكم أن …": the ruling's own words; the court is whoever the article says gave it.
    if (n(tokens[i + 1]) === "في" && rulingText(tokens, i + 2)) {
      const ruling = tokens.slice(i + 2, i + 4);
      emit(i, op.contentStart, op.skip ?? 0, { kind: "organization", surface: surface(line, ruling), role: null, gender: null, pos: p.base + ruling[0].start });
      continue;
    }
    // "وجاء في بيان صادر عن الوزارة أن …": the document's author; a document with no author named ("جاء في البيان") has none.
    if (n(tokens[i + 1]) === "في" && DOCUMENT_HEADS.has(n(tokens[i + 2])) && !REPORTING_VERBS.has(stripConj(n(tokens[i])))) {
      const author = documentAuthor(line, p.base, region.slice(2), ctx);
      if (author) emit(i, op.contentStart, op.skip ?? 0, author);
      continue;
    }
    // The inner speaker of a reported clause is written between its أن and the verb.
    const innerAt = innerSpeech(tokens, i) ? innerSubject(tokens, i) : null;
    const inner = innerAt ? parseArabicSubject(line, p.base, tokens.slice(innerAt[0], innerAt[1]), trig.gender, ctx) : null;
    let mention = inner ?? honoredBefore(line, p.base, tokens, i, region[0], ctx) ?? parseArabicSubject(line, p.base, region, trig.gender, ctx);
    // "وقالوا بشيوع الاتهام …": a verb that agrees in number holds its own subject (a verb before its subject stays
    // singular), so the words after it are never the speaker; "قال بـ" (held that) opens on its ب-noun.
    if (!inner && trig.kind === "verb" && trig.gender === "pl" && mention?.kind !== "pronoun" && (mention || !noSubjectWritten(region))) {
      const held = attachedBaMasdar(tokens[i + 1]) ? i + 1 : -1;
      emit(i, held > 0 ? held : op.contentStart, held > 0 ? (tokens[i + 1].text.startsWith("بـ") ? 2 : 1) : op.skip ?? 0, null);
      continue;
    }
    // A speaker is written after the verb but could not be read: better no quote than a wrong speaker.
    // It stays in the draft without a speaker, as the latest speaker, so that a "وأضاف أن …" after it is not handed to
    // whoever spoke before it.
    if (!mention && !noSubjectWritten(region) && !(region.length === 1 && PREP_WORDS[n(region[0])])) {
      // "وقال الفريق كامل الوزير، وزير النقل، إن …": a title set off by commas after the unread name is the same person.
      const comma = region.findIndex((t) => t.kind === "comma");
      const close = comma > 0 ? region.findIndex((t, x) => x > comma && t.kind === "comma") : -1;
      const apposed = comma > 0 ? region.slice(comma + 1, close > comma ? close : region.length) : [];
      const title = apposed.length && apposed.every((t) => t.kind === "word") ? parseArabicSubject(line, p.base, apposed, trig.gender, ctx) : null;
      const words = region.filter((t) => t.kind === "word");
      if (title?.kind === "title") emit(i, op.contentStart, op.skip ?? 0, title);
      else if (words.length) emit(i, op.contentStart, op.skip ?? 0, { kind: "name", surface: surface(line, words), role: null, gender: trig.gender, pos: p.base + words[0].start, unreadable: true });
      continue;
    }
    // Nothing but the verb's own preposition between the verb and the content: the subject came first.
    if (!mention && (region.length === 0 || (region.length === 1 && PREP_WORDS[n(region[0])]))) {
      const fronted = subjectBefore(line, p.base, tokens, i, trig.gender, ctx);
      if (fronted === "unreadable") continue;
      mention = fronted;
    } else if (!mention && region.length && noSubjectWritten(region)) {
      // "غير أن الوكيل العام، X، اعتبر في مرافعته أن …": only adjuncts after the verb; a clear fronted subject is its subject.
      const fronted = subjectBefore(line, p.base, tokens, i, trig.gender, ctx);
      // "وكانت جمعية القضاة ذكرت، في بيان، أن …": after كان the subject between it and the verb is the verb's.
      const afterKana = tokens.slice(Math.max(0, i - 8), i).some((t) => /^و?كان(?:ت)?$/.test(n(t)));
      // "يذكر أن المتحدثة باسم المجلس قالت، في وقت سابق، إن …": so is the subject of an أن-clause right before its verb.
      const thatAt = tokens.slice(Math.max(0, i - 7), i).map((t) => n(t) === "ان").lastIndexOf(true);
      const afterThat = thatAt >= 0 && tokens.slice(Math.max(0, i - 7) + thatAt + 1, i).every((t) => t.kind === "word");
      if (fronted && fronted !== "unreadable" && ((fronted.kind === "name" && fronted.role) || ((afterKana || afterThat) && fronted.kind !== "pronoun" && fronted.kind !== "epithet"))) mention = fronted;
    }
    if (quoteBefore && op.via === "quote" && tokens[op.at - 1]?.kind === "comma" && (mention || noSubjectWritten(region))) {
      // «…»، قال X، «…»: the speaker between two quotes said both.
      // «…»، قالت لمراسلنا، «…»: so does the verb's own (pronoun) subject.
      const span = quoteBefore.span!;
      found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: tokens[i].text, type: "direct", mention: mention ?? pronounAt(i) });
    }
    // "…، حيث يرى المسؤولون «…»": an unnamed source inside someone's reported clause stays theirs.
    // "ويطالب النقيب بـ…، إذ اعتبر أن …": with no subject of its own, the clause goes on with the same speaker.
    const joined = !!prevInSentence && ["حيث", "اذ"].includes(n(tokens[i - 1]));
    const sameGender = !!prevInSentence && (prevInSentence.mention.gender === null || prevInSentence.mention.gender === trig.gender);
    const nested = joined && (mention ? mention.kind !== "name" : sameGender);
    const cited = trig.kind === "verb" && trig.cited && mention ? { ...mention, cited: true } : mention;
    emit(i, op.contentStart, op.skip ?? 0, nested ? null : cited, nested ? prevInSentence : undefined);
  }
  return found;
}

/** "دعا X [،] Y لـ/إلى …": after a verb that asks something of someone, where the one asked (Y) starts, and the subject
 *  (X, or null for the verb's pronoun). Only when what is asked comes with ل/إلى within the clause and Y is written
 *  apart from X: after a comma, or after a closed subject (a body, a full name), or as a plural right after the verb
 *  (السوريين: a subject would be السوريون). Null when the words after the verb are all the subject. */
function addressee(line: string, base: number, tokens: Token[], i: number, op: Opener | null, gender: Gender, ctx: ArabicContext): { from: number; subject: Mention | null } | null {
  // What is asked: إلى/على, or a ل-word (لعدم، لاستقاء) that is no adjunct (لدى) or pronoun (لها).
  const asks = (t: Token) => t.kind === "word" && (["الي", "علي"].includes(n(t)) || (/^ل[^ل].{2,}$/.test(n(t)) && !ADJUNCT_STARTERS.has(n(t)) && !/^ل(?:ذلك|هذا|هذه)$/.test(n(t))));
  // "نائب يدعو رئيس البلدية إلى …"، "رئيس البرلمان يطالب وزير المالية بكشف …" (headlines): a speaker written before the
  // verb at the sentence start is its subject, so whoever follows the verb is the one asked.
  if (i >= 1 && i <= 6 && tokens.slice(0, i).every((t) => t.kind === "word") && !/^[وف]/.test(tokens[i].text) && tokens[i + 1]?.kind === "word" && !PREP_WORDS[n(tokens[i + 1])]) {
    const fronted = subjectBefore(line, base, tokens, i, gender, ctx);
    if (fronted && fronted !== "unreadable" && fronted.kind !== "pronoun" && fronted.kind !== "epithet") return { from: i + 1, subject: fronted };
  }
  let k = i + 2;
  while (k < tokens.length && k - i <= 14 && tokens[k].kind !== "end" && !asks(tokens[k])) k++;
  if (k >= tokens.length || tokens[k].kind !== "word" || (op && op.at < k && op.via !== "prep")) return null;
  const region = tokens.slice(i + 1, k);
  if (region.some((t) => t.kind === "quote" || t.kind === "colon")) return null;
  const first = n(region[0]);
  // "دعا السوريين لعدم …": an accusative plural right after the verb is the one asked; the subject is the pronoun.
  if (/^ال.{3,}ين$/.test(first) && !ctx.subjectSurname(first) && region.every((t) => t.kind === "word")) return { from: i + 1, subject: null };
  const comma = region.findIndex((t) => t.kind === "comma");
  // "دعا رئيس الوزراء ، حمزة عبدي بري حكومة وشعب … إلى": the name after the comma is the subject's, the one asked follows it.
  const named = comma > 0 ? unclosedNameEnd(region, comma + 1) : -1;
  const askedAt = named > 0 && region[named]?.kind === "word" ? named : comma > 0 ? comma + 1 : -1;
  let subjectTs = askedAt > 0 ? region.slice(0, askedAt === comma + 1 ? comma : askedAt) : region;
  // "دعت وزارة الصحة المواطنين إلى …": a definite plural in ين after a definite singular word is no part of the body's
  // name (it would agree with it); it is the one asked.
  const plural = subjectTs.findIndex((t, x) => x > 0 && /^ال.{3,}ين$/.test(n(t)) && hasArticle(n(subjectTs[x - 1])) && !/ين$/.test(n(subjectTs[x - 1])));
  if (plural > 0) subjectTs = subjectTs.slice(0, plural);
  const subject = parseArabicSubject(line, base, subjectTs, gender, ctx);
  if (!subject || subject.kind === "pronoun") return null;
  const at = line.indexOf(subject.surface, subject.pos - base);
  if (at < 0) return null;
  const end = base + at + subject.surface.length;
  const from = askedAt > 0 ? i + 1 + askedAt : tokens.findIndex((t, x) => x > i && x < k && base + t.start >= end);
  // Nothing after the subject before the ل/إلى: the verb asks for something, of nobody named.
  if (from < 0 || from >= k || tokens[from].kind !== "word") return null;
  // Only a clear subject: a name of two words or more, a body, a state.
  if (!((subject.kind === "name" && subject.surface.split(/\s+/).length >= 2) || subject.kind === "organization" || subject.kind === "state")) return null;
  return { from, subject };
}
