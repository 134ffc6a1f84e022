// The Arabic extractor's stages one at a time (src/ingest/ar/): cues → content spans → source candidates →
// coreference → scoring → name guard, each on a short invented sentence.
import { describe, expect, it } from "vitest";
import type { SpeakerRecord } from "../../src/corpus/schema.js";
import { ARABIC_WEIGHTS, candidateFeatures, candidatesOf, chooseSpeakers, probability, sceneOf, type ArabicWeights } from "../../src/ingest/ar/candidates-scoring.js";
import { parseArabicSubject } from "../../src/ingest/ar/candidates.js";
import { contentRange, findOpener } from "../../src/ingest/ar/content.js";
import { arabicCue } from "../../src/ingest/ar/cue-features.js";
import { triggerOf } from "../../src/ingest/ar/cues.js";
import { subjectBefore } from "../../src/ingest/ar/fronted.js";
import { titleReferent } from "../../src/ingest/coref-ar.js";
import { arabicNameProblem } from "../../src/ingest/name-guard.js";
import { quoteSpans, sentencesOf } from "../../src/ingest/segment.js";
import { tokenize, type Token } from "../../src/ingest/tokens.js";
import type { Attribution, Paragraph } from "../../src/ingest/types.js";

function tokensOf(text: string): { tokens: Token[]; p: Paragraph } {
  const p: Paragraph = { line: 1, text, base: 0 };
  const spans = quoteSpans(text);
  return { tokens: tokenize(sentencesOf(p, spans)[0], spans), p };
}
const at = (tokens: Token[], word: string) => tokens.findIndex((t) => t.text === word);

describe("(ar) cue stage", () => {
  it("finds a reporting verb with its gender, a participle, 'according to' and a relay", () => {
    const { tokens } = tokensOf("وأضافت الوزيرة أن الخطة جاهزة، مضيفةً أن التمويل متوفر، بحسب بيان الوزارة.");
    expect(triggerOf(tokens, at(tokens, "وأضافت"))).toMatchObject({ kind: "verb", gender: "f" });
    expect(triggerOf(tokens, at(tokens, "مضيفةً"))).toMatchObject({ kind: "participle", gender: "f" });
    expect(triggerOf(tokens, at(tokens, "بحسب"))).toMatchObject({ kind: "according" });
    const relay = tokensOf("نقلت الوكالة عن المسؤول قوله إن الاتفاق قريب.").tokens;
    expect(triggerOf(relay, 0)).toMatchObject({ kind: "relay" });
  });

  it("كما before a verb: 'also' opening a sentence, 'as' inside one", () => {
    const start = tokensOf("كما أشار الوزير إلى أهمية المشروع.").tokens;
    expect(triggerOf(start, 1)).toMatchObject({ kind: "verb" });
    const inside = tokensOf("ارتفعت الأسعار كما قال الوزير أمس.").tokens;
    expect(triggerOf(inside, at(inside, "قال"))).toBeNull();
  });

  it("a detached و is read with its word", () => {
    const { tokens } = tokensOf("و أكد اللاعب أن الفريق جاهز.");
    expect(tokens[0].text).toBe("وأكد");
    expect(triggerOf(tokens, 0)).toMatchObject({ kind: "verb", gender: "m" });
  });

  it("names the cue's class and lemma for the scoring stage", () => {
    expect(arabicCue("وأضافت")).toEqual({ cue: "verb", lemma: "اضاف" });
    expect(arabicCue("مشيراً")).toEqual({ cue: "participle", lemma: null });
    expect(arabicCue("وبحسب")).toEqual({ cue: "according", lemma: null });
  });
});

describe("(ar) content-span stage", () => {
  it("opens the content after أن, after the verb's preposition, after a colon", () => {
    const clause = tokensOf("قال الوزير إن الخطة جاهزة.").tokens;
    expect(findOpener(clause, 1, [], 30)).toMatchObject({ via: "clause", contentStart: 3 });
    const prep = tokensOf("وأشار الوزير إلى تحسن الإيرادات.").tokens;
    expect(findOpener(prep, 1, ["الي"], 30)).toMatchObject({ via: "prep", contentStart: 3 });
    const colon = tokensOf("وقال المسؤول: \"لا خلاف بيننا\".").tokens;
    expect(findOpener(colon, 1, [], 30)?.via).toBe("colon");
  });

  it("trims connectors and punctuation at both ends of the content", () => {
    const line = "قال إن، الخطة جاهزة، و";
    const r = contentRange(line, 6, line.length);
    expect(r && line.slice(r[0], r[1])).toBe("الخطة جاهزة");
  });
});

describe("(ar) source-candidate stage", () => {
  const parse = (text: string) => {
    const { tokens } = tokensOf(text);
    return parseArabicSubject(text, 0, tokens, "m");
  };
  it("reads a role and a name, a group that keeps the body it sits in, and 'the same speaker'", () => {
    expect(parse("وزير الطاقة محمد عرقاب")).toMatchObject({ kind: "name", surface: "محمد عرقاب", role: "وزير الطاقة" });
    expect(parse("مصادر في وزارة النقل المغربية")).toMatchObject({ kind: "group", surface: "مصادر في وزارة النقل المغربية" });
    expect(parse("ذات المتحدث")).toMatchObject({ kind: "pronoun" });
    expect(parse("مساعد وزير الخارجية، المدير العام للدائرة، كمال الطيب")).toMatchObject({ kind: "name", surface: "كمال الطيب" });
  });

  it("finds a subject written before the verb", () => {
    const text = "الوزير حامد الزين قال إن الخطة جاهزة.";
    const { tokens } = tokensOf(text);
    expect(subjectBefore(text, 0, tokens, at(tokens, "قال"), "m", undefined as never)).toMatchObject({ kind: "name", surface: "حامد الزين" });
  });
});

describe("(ar) coreference stage", () => {
  it("a title alone refers to the person the article introduced with that role", () => {
    const text = "علق المستشار سامح الخشن، المتحدث الرسمي باسم الوزارة، على القرار.\nوأضاف المتحدث الرسمي أن القرار نهائي.";
    expect(titleReferent(text, "المتحدث الرسمي", text.indexOf("وأضاف"))?.name).toBe("سامح الخشن");
  });
});

describe("(ar) scoring stage", () => {
  const person = (id: string, nameAr: string): SpeakerRecord => ({ id, name: id, nameAr, aliases: [], role: null, roleAr: null, kind: "person" });
  const text = "قال الوزير حامد الزين إن الخطة جاهزة.\nوأضاف أن التمويل متوفر.";
  const a: Attribution = { paragraph: 2, text: "التمويل متوفر", start: text.split("\n")[1].indexOf("التمويل"), verb: "وأضاف", type: "indirect", mention: { kind: "pronoun", surface: "", role: null, gender: "m", pos: 0 } };
  const zain = person("zain", "حامد الزين");
  const other = person("other", "سمير البناني");

  it("describes each candidate: the rules' pick, how near before the content the text names it, how recently it spoke", () => {
    const f = candidateFeatures(a, zain, true, ["zain"], sceneOf(text));
    expect(f).toEqual(expect.arrayContaining(["chosen", "chosen&cue:verb", "chosen&mention:pronoun", "recent:0", "kind:person"]));
    expect(f.some((x) => x.startsWith("named-before:<="))).toBe(true);
    expect(candidateFeatures(a, other, false, ["zain"], sceneOf(text))).toEqual(expect.arrayContaining(["named-before:never", "recent:never"]));
  });

  it("keeps the rules' pick only when it is the best-scored candidate above the margin", () => {
    const w = (weights: Record<string, number>, margin = 0.5): ArabicWeights => ({ margin, bias: 0, weights });
    const found = [a];
    expect(chooseSpeakers(found, ["zain"], [zain, other], text, undefined, w({ chosen: 2 }))[0].speaker).toBe("zain");
    // Another candidate outscores the pick: nobody is named rather than a guess.
    expect(chooseSpeakers(found, ["zain"], [zain, other], text, undefined, w({ chosen: 1, "named-before:never": 3 }))[0].speaker).toBeNull();
    // Below the margin: kept without a speaker.
    expect(chooseSpeakers(found, ["zain"], [zain, other], text, undefined, w({ chosen: 0.1 }, 0.9))[0].speaker).toBeNull();
  });

  it("scores the other candidates as their features score (scored without building the features)", () => {
    // An article of many speakers: the choice and its confidence equal those of every candidate's features scored.
    const names = ["حامد الزين", "سمير البناني", "نادر الخطيب", "كمال عيسى", "رنا حداد", "وليد سلامة"];
    const speakers = names.map((n, k) => person(`s${k}`, n));
    const lines = names.flatMap((n, k) => [`قال الوزير ${n} إن «الخطة جاهزة ${k}».`, `وأضاف أن «التمويل متوفر ${k}».`, `وأشار ${names[(k + 2) % 6]} إلى أن «الوضع صعب ${k}».`]);
    const article = lines.join("\n");
    const found: Attribution[] = lines.map((line, k) => {
      const content = /«(.+)»/.exec(line)!;
      return { paragraph: k + 1, text: content[1], start: content.index + 1, verb: "قال", type: "direct", mention: { kind: "name", surface: "", role: null, gender: "m", pos: article.indexOf(line) } };
    });
    const speakerOf = lines.map((_, k) => `s${k % 3 === 2 ? ((Math.floor(k / 3) + 2) % 6) : Math.floor(k / 3)}`);
    // The learned weights; weights under which a far candidate can still outscore the pick; the margin of training.
    const far = { margin: 0.1, bias: 0, weights: { chosen: 0.4, "named-before:never": 1, "named-before:>600": 0.8, "recent:never": 0.3 } };
    for (const weights of [ARABIC_WEIGHTS, { margin: 0.3, bias: -1, weights: { chosen: 1.5, "recent:2": 0.7, "named-before:<=200": 0.9, "named-in-line": 0.4, "kind:person": 0.2 } }, far, { ...ARABIC_WEIGHTS, margin: 0 }]) {
      const expected = candidatesOf(found, speakerOf, speakers, article).map((cands, i) => {
        const mine = cands.find((c) => c.id === speakerOf[i])!;
        const p = probability(mine.features, weights);
        const best = Math.max(...cands.filter((c) => c.id !== speakerOf[i]).map((c) => probability(c.features, weights)), 0);
        return { speaker: p >= best && p >= weights.margin ? speakerOf[i] : null, confidence: p, features: mine.features };
      });
      expect(chooseSpeakers(found, speakerOf, speakers, article, undefined, weights)).toEqual(expected);
    }
  });
});

describe("(ar) name guard", () => {
  it("'لذات السياق' and a verbal noun are never names", () => {
    expect(arabicNameProblem("لذات السياق")).not.toBeNull();
    expect(arabicNameProblem("استعداد بلاده")).not.toBeNull();
    expect(arabicNameProblem("حامد الزين")).toBeNull();
  });
});
