// Arabic attribution patterns. In Arabic news the verb usually comes first:
//   وقال [المسمى] الاسم[، صفة،] [ظرف] إن/أن/: «…»      (speaker after the verb)
//   حذر X من أن …، هدد X بـ …، أشار X إلى أن …          (content opened by a preposition)
//   «…»، قال X.   X قال إن …   وأضاف أن …  مضيفاً أن …  بحجة أن …   وبحسب X، …   نقلت … عن X قوله …
import { ACCORDING_TO, ADJUNCT_STARTERS, COMMON_WORDS, COMPLEMENTIZER, GROUP_HEADS, ORG_HEADS, PARTICIPLES, PRETEXT, REPORTING_VERBS, ROLE_CONTINUATIONS, ROLE_HEADS, STATES } from "./lexicon-ar.js";
import { quoteSpans, sentencesOf } from "./segment.js";
import { restIsPunctuation, tokenize, type Token } from "./tokens.js";
import { isKnownName } from "./transliterate.js";
import { normAr, stripConj } from "./text.js";
import type { Attribution, Gender, Mention, Paragraph } from "./types.js";

const n = (t: Token | undefined) => (t && t.kind === "word" ? normAr(t.text) : "");
const isWord = (t: Token | undefined, ...words: string[]) => !!t && t.kind === "word" && words.includes(n(t));

type Trigger =
  | { kind: "verb"; gender: Gender; preps: string[] }
  | { kind: "participle"; gender: Gender }
  | { kind: "pretext" }
  | { kind: "according" }
  | { kind: "relay" };

function triggerOf(tokens: Token[], i: number): Trigger | null {
  const t = tokens[i];
  if (t.kind !== "word") return null;
  const w = n(t);
  const bare = stripConj(w);
  // A verb right after a relative pronoun (التي قالت) or "ما" belongs to a relative clause.
  if (["الذي", "التي", "الذين", "ما", "مما", "عما", "كما"].includes(n(tokens[i - 1]))) return null;
  const verb = REPORTING_VERBS.get(w) ?? REPORTING_VERBS.get(bare);
  if (verb) return { kind: "verb", ...verb };
  const part = PARTICIPLES.get(w) ?? PARTICIPLES.get(bare);
  if (part !== undefined) return { kind: "participle", gender: part };
  if (PRETEXT.has(w) && COMPLEMENTIZER.test(n(tokens[i + 1]))) return { kind: "pretext" };
  if (ACCORDING_TO.test(w) || ACCORDING_TO.test(bare)) return { kind: "according" };
  if (/^نقل(?:ت)?$/.test(bare)) return { kind: "relay" };
  return null;
}

const PREP_WORDS: Record<string, string> = { من: "من", الي: "الي", علي: "علي", عن: "عن" };

/** Where the reported content opens after a verb: the index of the opener token and where the content starts. */
interface Opener {
  /** Index of the opener token (إن, ":", the quote, the preposition). */
  at: number;
  contentStart: number;
  via: "clause" | "colon" | "quote" | "prep";
  /** Characters of the first content token to leave out (an attached بـ). */
  skip?: number;
}

function findOpener(tokens: Token[], from: number, preps: string[], limit: number): Opener | null {
  for (let j = from; j < Math.min(tokens.length, limit); j++) {
    const t = tokens[j];
    if (t.kind === "end") return null;
    if (t.kind === "quote") return { at: j, contentStart: j, via: "quote" };
    if (t.kind === "colon") return { at: j, contentStart: j + 1, via: "colon" };
    if (t.kind !== "word") continue;
    const w = n(t);
    if (COMPLEMENTIZER.test(w)) return { at: j, contentStart: j + 1, via: "clause" };
    if (j === from) continue; // the first word after the verb is the speaker, not a preposition
    if (PREP_WORDS[w] && preps.includes(w)) {
      if (COMPLEMENTIZER.test(n(tokens[j + 1]))) return { at: j + 1, contentStart: j + 2, via: "clause" };
      if (w === "من" && n(tokens[j - 1]) === "كل") continue;
      return { at: j, contentStart: j + 1, via: "prep" };
    }
    if (preps.includes("ب") && (w === "بـ" || w === "ب")) return { at: j, contentStart: j + 1, via: "prep" };
    if (preps.includes("ب") && /^ب/.test(w) && w.length > 3 && !ROLE_CONTINUATIONS.has(w)) {
      return { at: j, contentStart: j, via: "prep", skip: t.text.startsWith("بـ") ? 2 : 1 };
    }
    if (triggerOf(tokens, j)) return null;
  }
  return null;
}

function nameLike(t: Token, first: boolean): boolean {
  if (t.kind !== "word") return false;
  const w = normAr(t.text);
  // Tanween (إعلاناً) marks an indefinite noun or adverb, never a name.
  if (/\d/.test(w) || w.length < 2 || /[\u064B-\u064D]/.test(t.text)) return false;
  if (isKnownName(w)) return true;
  if (w.startsWith("ال") && first) return false;
  if (w.startsWith("ال") && !/ي$/.test(w)) return false;
  if (w.endsWith("ه") || COMMON_WORDS.has(w) || ROLE_HEADS.has(w) || GROUP_HEADS.has(w) || ORG_HEADS.has(w)) return false;
  if (ROLE_CONTINUATIONS.has(w) || ADJUNCT_STARTERS.has(w) || COMPLEMENTIZER.test(w) || STATES[w]) return false;
  if (REPORTING_VERBS.has(w) || REPORTING_VERBS.has(stripConj(w))) return false;
  if (/^(?:[بلك]ال|لل)/.test(w)) return false;
  return true;
}

/** Role words: definite words, genitive continuations, words with a ta marbuta, ب/ل + noun. */
function roleLike(t: Token): boolean {
  if (t.kind !== "word") return false;
  const w = normAr(t.text);
  if (isKnownName(w) && !w.startsWith("ال")) return false;
  return w.startsWith("ال") || /^(?:[بلكو]ال|لل)/.test(w) || ROLE_CONTINUATIONS.has(w) || w.endsWith("ه") || ROLE_HEADS.has(w);
}

const surface = (line: string, ts: Token[]) => (ts.length ? line.slice(ts[0].start, ts[ts.length - 1].end) : "");

function splitSegments(tokens: Token[]): Token[][] {
  const segs: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === "comma") segs.push([]);
    else if (t.kind === "word") segs[segs.length - 1].push(t);
    else if (t.kind === "paren") continue;
    else segs[segs.length - 1].push(t);
  }
  return segs.filter((s) => s.length);
}

/** Cuts a segment at the first time/place/audience adjunct (keeping "في <place>" after a group). */
function cutAdjuncts(seg: Token[], isGroup: boolean): Token[] {
  for (let k = 1; k < seg.length; k++) {
    const w = n(seg[k]);
    if (isGroup && (w === "في" || w === "فى") && seg[k + 1] && !n(seg[k + 1]).startsWith("ال") && k + 2 >= seg.length) return seg;
    if (ADJUNCT_STARTERS.has(w) || seg[k].kind !== "word") return seg.slice(0, k);
  }
  return seg;
}

/** Parses the words between the verb and the content into a speaker mention (null: no speaker written). */
export function parseArabicSubject(line: string, base: number, region: Token[], gender: Gender): Mention | null {
  const segs = splitSegments(region);
  if (!segs.length) return null;
  let seg0 = segs[0];
  if (ADJUNCT_STARTERS.has(n(seg0[0]))) return null;
  if (n(seg0[0]) === "كل" && n(seg0[1]) === "من") seg0 = seg0.slice(2);
  if (!seg0.length || seg0[0].kind !== "word") return null;
  const head = n(seg0[0]);
  const pos = base + seg0[0].start;
  const mention = (kind: Mention["kind"], ts: Token[], role: string | null): Mention => ({ kind, surface: surface(line, ts), role, gender, pos });

  const joined = normAr(surface(line, cutAdjuncts(seg0, false)));
  if (STATES[joined]) return mention("state", cutAdjuncts(seg0, false), null);
  if (GROUP_HEADS.has(head)) return mention("group", cutAdjuncts(seg0, true), null);
  if (ORG_HEADS.has(head)) {
    const ts = seg0.length > 1 && n(seg0[1]) === "من" ? seg0 : cutAdjuncts(seg0, false);
    return mention("organization", ts, null);
  }
  const appositionRole = (seg: Token[] | undefined): string | null => {
    if (!seg || seg[0].kind !== "word") return null;
    const w = n(seg[0]);
    return ROLE_HEADS.has(w) || ["الذي", "التي"].includes(w) || w.startsWith("ال") ? surface(line, seg) : null;
  };
  if (ROLE_HEADS.has(head)) {
    let k = 1;
    // "الخبيرة في شؤون المياه ليلى منصور": في inside a role phrase when a role word follows.
    const inRole = (x: number) => (roleLike(seg0[x]) && !ADJUNCT_STARTERS.has(n(seg0[x]))) || (["في", "فى"].includes(n(seg0[x])) && !!seg0[x + 1] && roleLike(seg0[x + 1]));
    while (k < seg0.length && inRole(k)) k++;
    let nameTs: Token[] = [];
    let j = k;
    while (j < seg0.length && nameLike(seg0[j], j === k) && j - k < 5) j++;
    nameTs = seg0.slice(k, j);
    const roleTs = seg0.slice(0, k);
    if (nameTs.length) return mention("name", nameTs, surface(line, roleTs));
    const seg1 = segs[1];
    if (seg1 && seg1.length <= 5 && seg1.every((t, x) => nameLike(t, x === 0))) return mention("name", seg1, surface(line, roleTs));
    return mention("title", roleTs, surface(line, roleTs));
  }
  if (nameLike(seg0[0], true)) {
    let j = 1;
    while (j < seg0.length && nameLike(seg0[j], false) && j < 5) j++;
    return mention("name", seg0.slice(0, j), appositionRole(segs[1]));
  }
  return null;
}

/** Trims connectors and punctuation at both ends of a content range; returns [start, end) in the line. */
function contentRange(line: string, start: number, end: number): [number, number] | null {
  let s = line.slice(start, end);
  const lead = s.length - s.replace(/^[\s،,:؛;]+/u, "").length;
  s = s.slice(lead);
  const trimmed = s.replace(/(?:[\s،,:؛;.!?؟]|(?<=\s)(?:حيث|و|بينما|فيما|كما|إذ|اذ|في حين|وذلك))+$/u, "");
  if (trimmed.trim().length < 3) return null;
  return [start + lead, start + lead + trimmed.length];
}

export function arabicAttributions(paragraphs: Paragraph[]): Attribution[] {
  const out: Attribution[] = [];
  for (const p of paragraphs) {
    const spans = quoteSpans(p.text);
    for (const s of sentencesOf(p, spans)) out.push(...sentenceAttributions(p, s.start, tokenize(s, spans)));
  }
  return out;
}

function sentenceAttributions(p: Paragraph, sentenceStart: number, tokens: Token[]): Attribution[] {
  const line = p.text;
  const found: Attribution[] = [];
  const triggers = tokens.map((_, i) => triggerOf(tokens, i));
  const nextTrigger = (after: number) => {
    for (let j = after; j < tokens.length; j++) if (triggers[j]) return j;
    return tokens.length;
  };
  const clauseEnd = (from: number) => {
    const j = nextTrigger(from);
    // "…، وهي خطوة …": the writer's comment on what was said is not part of it.
    for (let k = from + 1; k < j; k++) {
      if (tokens[k].kind === "comma" && ["وهي", "وهو", "وهذا", "وهذه", "مما", "ما"].includes(n(tokens[k + 1]))) return tokens[k].start;
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
    const onlyQuote = first.kind === "quote" && (restIsPunctuation(tokens, contentStart) || contentStart + 1 === endTok || tokens[contentStart + 1]?.kind === "end");
    if (first.kind === "quote" && onlyQuote) {
      start = first.span!.start;
      text = line.slice(first.span!.start, first.span!.end);
      type = "direct";
    } else {
      const range = contentRange(line, first.start + skip, clauseEnd(contentStart));
      if (!range) return;
      [start] = range;
      text = line.slice(range[0], range[1]);
      const hasQuote = tokens.slice(contentStart, endTok).some((t) => t.kind === "quote");
      type = hasQuote ? "partial" : "indirect";
    }
    if (text.trim().split(/\s+/).length < 2) return;
    const m: Mention = mention ?? { kind: "pronoun", surface: "", role: null, gender: triggerGender(triggers[i]), pos: p.base + tokens[i].start };
    const a: Attribution = { paragraph: p.line, text: text.trim(), start, verb, type, mention: m, sameAs };
    found.push(a);
  };

  for (let i = 0; i < tokens.length; i++) {
    const trig = triggers[i];
    if (!trig) continue;
    const prevInSentence = found[found.length - 1];
    if (trig.kind === "pretext" || trig.kind === "participle") {
      const op = findOpener(tokens, i + 1, [], i + 4);
      if (!op) continue;
      emit(i, op.contentStart, 0, null, prevInSentence);
      continue;
    }
    if (trig.kind === "according") {
      // وبحسب X، [فإن] … / …، بحسب X.
      let j = i + 1;
      if (n(tokens[j]) === "ل" || n(tokens[j]) === "لـ") j++;
      let k = j;
      while (k < tokens.length && tokens[k].kind === "word") k++;
      // "وفقاً لتقديرات أولية", "بحسب أرقام رسمية": figures, not a source that speaks.
      if (COMMON_WORDS.has(n(tokens[j]).replace(/^ل(?!ل)/, ""))) continue;
      const mention = parseArabicSubject(line, p.base, tokens.slice(j, k), null) ?? null;
      if (!mention) continue;
      if (i <= 1 && tokens[k]?.kind === "comma") {
        let c = k + 1;
        if (/^ف?[اإأ]ن(?:ه|ها|هم)?$/.test(n(tokens[c]))) c++;
        emit(i, c, 0, mention);
      } else if (i > 1 && tokens[i - 1].kind === "comma" && restIsPunctuation(tokens, k - 1)) {
        const range = contentRange(line, sentenceStart, tokens[i - 1].start);
        if (range) found.push({ paragraph: p.line, text: line.slice(range[0], range[1]), start: range[0], verb: tokens[i].text, type: "indirect", mention });
      }
      continue;
    }
    if (trig.kind === "relay") {
      // نقلت وكالة … عن X قوله إن …
      const an = tokens.findIndex((t, x) => x > i && x < i + 10 && isWord(t, "عن", "عنه", "عنها", "عنهم"));
      if (an < 0) continue;
      const say = tokens.findIndex((t, x) => x > an && x < an + 12 && /^قول(?:ه|ها|هم|هما)$/.test(n(t)));
      if (say < 0) continue;
      const op = findOpener(tokens, say + 1, [], say + 3);
      if (!op) continue;
      const mention = n(tokens[an]) === "عن" ? parseArabicSubject(line, p.base, tokens.slice(an + 1, say), null) : null;
      emit(i, op.contentStart, 0, mention);
      continue;
    }
    // A reporting verb.
    const before = tokens[i - 1];
    const quoteBefore = before?.kind === "quote" ? before : before?.kind === "comma" && tokens[i - 2]?.kind === "quote" ? tokens[i - 2] : null;
    const op = findOpener(tokens, i + 1, trig.preps, i + 30);
    if (!op && quoteBefore) {
      // «…»، قال X.
      let k = i + 1;
      while (k < tokens.length && tokens[k].kind !== "end") k++;
      const mention = parseArabicSubject(line, p.base, tokens.slice(i + 1, k), trig.gender);
      const span = quoteBefore.span!;
      found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: tokens[i].text, type: "direct", mention: mention ?? { kind: "pronoun", surface: "", role: null, gender: trig.gender, pos: p.base + tokens[i].start } });
      continue;
    }
    if (!op) continue;
    let mention = parseArabicSubject(line, p.base, tokens.slice(i + 1, op.at), trig.gender);
    if (!mention && op.at === i + 1) mention = subjectBefore(line, p.base, tokens, i, trig.gender);
    // "…، حيث يرى المسؤولون «…»": an unnamed source inside someone's reported clause stays theirs.
    const nested = prevInSentence && ["حيث", "اذ"].includes(n(tokens[i - 1])) && mention && mention.kind !== "name";
    emit(i, op.contentStart, op.skip ?? 0, nested ? null : mention, nested ? prevInSentence : undefined);
  }
  return found;
}

function triggerGender(t: Trigger | null): Gender {
  return t && "gender" in t ? t.gender : null;
}

/** "X قال إن …": a speaker written before the verb, back to the clause start. */
function subjectBefore(line: string, base: number, tokens: Token[], i: number, gender: Gender): Mention | null {
  let k = i - 1;
  while (k >= 0 && tokens[k].kind === "word" && i - k <= 6) k--;
  if (k === i - 1) return null;
  const region = tokens.slice(k + 1, i);
  if (region.some((t) => ["الذي", "التي", "الذين", "ان", "انه"].includes(n(t)))) return null;
  const m = parseArabicSubject(line, base, region, gender);
  return m && m.kind !== "pronoun" ? m : null;
}
