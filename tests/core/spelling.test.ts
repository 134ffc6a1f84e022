import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { allowedEdits, editDistance, holdsMisspelt, Vocabulary, withinEdits } from "../../src/engine/spelling.js";
import { ingestFile, loadEngine, type Engine } from "../../src/index.js";
import { isCommonEnglishWord } from "../../src/normalize/wordnet.js";
import { inventedArticles } from "../support/invented-articles.js";

describe("edit distance scaled to word length", () => {
  it("allows no edit in short words, one in middling ones, two in long ones", () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it("counts a swap of two neighbouring letters as one edit", () => {
    expect(withinEdits("destory", "destroy", 1)).toBe(true);
    expect(withinEdits("wrold", "world", 1)).toBe(true);
    expect(withinEdits("الاكرد", "الاكراد", 1)).toBe(true);
    expect(withinEdits("economicaly", "economically", 1)).toBe(true);
    expect(withinEdits("brand", "bread", 1)).toBe(false);
    expect(withinEdits("tanks", "ranks", 0)).toBe(false);
  });
});

/** Optimal string alignment distance, the whole table: what the cut-off rows must agree with. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

// Letters that fall together mod 64 (a, !, ا, ') test the letter-count bound of the corrector.
const letters = ["a", "b", "e", "r", "s", "t", "!", "'", "ا", "ل", "ك", "ر"];
const word = (min: number, max: number) => fc.array(fc.constantFrom(...letters), { minLength: min, maxLength: max }).map((w) => w.join(""));

describe("edit distance against the whole table", () => {
  it("is the distance when within max, else max + 1", () => {
    fc.assert(
      fc.property(word(0, 9), word(0, 9), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
        expect(withinEdits(a, b, max)).toBe(osa(a, b) <= max);
      }),
      { numRuns: 3000 },
    );
  });

  it("corrects to every vocabulary word at the least distance that shares an end with the word", () => {
    fc.assert(
      fc.property(fc.array(word(4, 10), { maxLength: 40 }), word(4, 10), (words, asked) => {
        const known = new Set(words);
        const max = allowedEdits(asked.length);
        const near = [...known].flatMap((w) => {
          const d = osa(asked, w);
          const most = Math.min(max, allowedEdits(Math.min(asked.length, w.length)));
          return (w[0] === asked[0] || w.at(-1) === asked.at(-1)) && d <= most ? [{ w, d }] : [];
        });
        const least = Math.min(...near.map((n) => n.d));
        const want = known.has(asked) || !near.length ? null : { word: asked, candidates: near.filter((n) => n.d === least).map((n) => n.w).sort(), distance: least };
        expect(new Vocabulary([words.join(" ")]).correct(asked)).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a quoted phrase held with a typo or two", () => {
  const text = "the isis brand still exists all around the world";
  it("holds when each word is spelt right or within its edits, and most are right", () => {
    expect(holdsMisspelt(text, "brand stil exists")).toBe(true);
    expect(holdsMisspelt(text, "isis brand stil exists all around the wrold")).toBe(true);
  });
  it("does not hold when it is spelt right (that is verbatim), too short, or mostly wrong", () => {
    expect(holdsMisspelt(text, "brand still exists")).toBe(false);
    expect(holdsMisspelt(text, "brand stil")).toBe(false);
    expect(holdsMisspelt(text, "brnad stil exsts")).toBe(false);
    expect(holdsMisspelt(text, "the moon is made of cheese")).toBe(false);
  });
  it("never lets a short word differ", () => {
    expect(holdsMisspelt("he said the war is over", "the car is over")).toBe(false);
  });
});

describe("who said, with typos inside the quote marks", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = loadEngine();
  });
  it.each([
    ['من قال "نحتاج إلى مقاضات قادة داعش"؟', "sales"],
    ['من قال "إذا ضرب الاكرد في سوريا"؟', "trump"],
    ['who said "the ISIS brand still exsits all around the wrold"?', "sales"],
  ])("%s", (question, speaker) => {
    const a = engine.ask(question);
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe(speaker);
  });
  it("a misspelt famous quote that nobody in the corpus said is still not answered", () => {
    expect(engine.ask('who said "I think therfore I am"?').status).not.toBe("answered");
    expect(engine.ask('من قال "أنا أفكر إذن انا موجد"؟').status).not.toBe("answered");
  });
});

describe("the corpus vocabulary corrects a word it does not hold", () => {
  const vocab = new Vocabulary(["the harbour bridge will reopen", "three inspectors saw a threat", "المقاتلين الاكراد في الشمال"]);
  it("to the nearest corpus word within the edits its length allows", () => {
    expect(vocab.correct("harbur")).toEqual({ word: "harbur", candidates: ["harbour"], distance: 1 });
    expect(vocab.correct("inspcetors")).toEqual({ word: "inspcetors", candidates: ["inspectors"], distance: 1 });
    expect(vocab.correct("الاكرد")?.candidates).toEqual(["الاكراد"]);
  });
  it("with every nearest word when several are as near", () => {
    expect(vocab.correct("thret")).toEqual({ word: "thret", candidates: ["threat", "three"], distance: 1 });
  });
  it("never a word it holds, a short word, or one too far from any", () => {
    expect(vocab.correct("bridge")).toBeNull();
    expect(vocab.correct("hte")).toBeNull();
    expect(vocab.correct("brdgie")).toBeNull();
    expect(vocab.correct("elephant")).toBeNull();
  });
  it("English words in common use are no typos, though the corpus lacks them", () => {
    for (const w of ["present", "presented", "worries", "larger", "happily"]) expect(isCommonEnglishWord(w), w).toBe(true);
    for (const w of ["destory", "wrold", "economicaly", "thret"]) expect(isCommonEnglishWord(w), w).toBe(false);
  });
});

describe("who said, with typos in quoted and unquoted words (an invented article)", () => {
  const harbour = inventedArticles({
    harbour: [
      "Harbour bridge to reopen in spring",
      "\"The harbour bridge will reopen once the engineers finish their inspection,\" Mayor Ada Lowe said on Tuesday.",
      "\"The repairs have exhausted the maintenance budget for three years,\" said Tom Reyes, the city treasurer.",
    ].join("\n"),
  });

  it.each([
    ["who said the harbur bridge will reopen once the enginers finish", "ada-lowe"],
    ['who said "the harbour brigde will reopen once the engineers finsh"?', "ada-lowe"],
    ["who said the repairs exhasted the maintenence budget", "tom-reyes"],
  ])("%s", (question, speaker) => {
    const a = harbour.engine.ask(question);
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe(speaker);
  });

  it("a misspelt statement nobody made is not answered", () => {
    expect(harbour.engine.ask("who said the harbur bridge will be demolished next winter").status).not.toBe("answered");
  });
});

describe("a question none of whose words the corpus knows as written", () => {
  it("is at most a suggestion: 'كيف حالك' read as 'كيف حالة' (case) is not an answer about a court case", () => {
    const engine = loadEngine();
    for (const q of ["مرحبا، كيف حالك؟", "كيف حالك؟"]) expect(engine.ask(q).status).not.toBe("answered");
  });
});

describe("two words typed without the space between them", () => {
  it("are cut where both halves are corpus words, and only where the cut is the one way", () => {
    const v = new Vocabulary(["the sleeper cells spread", "turkey will launch a military operation", "over overseas seas"]);
    expect(v.split("sleepercells")).toBe("sleeper cells");
    expect(v.split("militaryoperation")).toBe("military operation");
    expect(v.split("sleeper")).toBeNull();
    // Of every cut of "overseasseas", only overseas + seas gives two corpus words.
    expect(v.split("overseasseas")).toBe("overseas seas");
    expect(v.split("cellsxyzw")).toBeNull();
  });

  it.each([
    ["who warned about the sleepercells", "us_officials"],
    ["مين حذر من الخلاياالسرية", "us_officials"],
    ["who said turkey will launch a militaryoperation", "erdogan"],
  ])("%s is answered as if the space were there", (q, id) => {
    const a = loadEngine().ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe(id);
  });

  it("a run-together pair does not make a no-match question answerable", () => {
    expect(loadEngine().ask("who said the sleepercells were all arrested in Dallas").status).not.toBe("answered");
  });
});
