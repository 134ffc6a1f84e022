// Ingest work grows with the article, not with mentions × length (issue 16 item 5, the leftovers at the
// 120k cap): where a speaker was last named, each candidate's features, the English scoring features and
// the Arabic title-only mentions each read the whole text again per mention. The work is counted, not
// timed: the characters the text's own scans (indexOf, lastIndexOf, split) pass over, and the role
// phrases a title-only mention is compared with. Four times the article costs about four times the work.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/ingest/extract.js";
import { introducedPeople, NEAREST_REFERENTS, titleReferent } from "../../src/ingest/coref-ar.js";
import { Occurrences } from "../../src/ingest/occurrences.js";
import type { Lang } from "../../src/ingest/types.js";

const FIRST_AR = ["أحمد", "محمد", "خالد", "سامي", "علي", "حسن", "يوسف", "عمر"];
// 8 first names × 11 family names: up to 88 distinct people.
const LAST_AR = ["العلي", "منصور", "الحسيني", "الخطيب", "النجار", "سلامة", "داود", "حداد", "عيسى", "الشامي", "البنا"];
const FIRST_EN = ["John", "Mary", "Ahmed", "Laura", "Peter", "Nadia", "Omar", "Susan"];
const LAST_EN = ["Smith", "Hassan", "Miller", "Nguyen", "Brown", "Okafor", "Garcia", "Klein", "Rossi", "Haddad", "Weber"];

/**
 * `n` paragraphs, each quoting a minister by name and then by title alone: the first `cast` paragraphs one
 * minister each, the rest the last of them again, so the others, named early only, stay candidates that the
 * rest of the text never names (a search for them reads to the end of the text). Each distinct name is looked
 * for in the text once, at the speed of a native scan.
 */
function article(lang: Lang, n: number, cast = 8): string {
  const lines = [lang === "ar" ? "اجتماع الوزراء" : "Ministers meet"];
  for (let i = 0; i < n; i++) {
    const k = Math.min(i, cast - 1);
    const name = lang === "ar" ? `${FIRST_AR[k % 8]} ${LAST_AR[k % 11]}` : `${FIRST_EN[k % 8]} ${LAST_EN[k % 11]}`;
    lines.push(
      lang === "ar"
        ? `وقال وزير الخارجية ${name} إن «المفاوضات مستمرة ولن نتراجع». وأضاف الوزير: «سنواصل العمل مع الشركاء».`
        : `Foreign Minister ${name} said "talks will go on and we will not give up." The minister added: "We will keep working with our partners."`,
    );
  }
  return lines.join("\n");
}

const SCANS = ["indexOf", "lastIndexOf", "split"] as const;

/** Characters that the scans of strings longer than `min` passed over while `run` ran. */
function scanned(run: () => void, min = 2000): number {
  const proto = String.prototype as unknown as Record<string, (this: string, ...a: any[]) => unknown>;
  const real = Object.fromEntries(SCANS.map((m) => [m, proto[m]]));
  let chars = 0;
  proto.indexOf = function (this: string, s: string, from = 0) {
    const at = real.indexOf.call(this, s, from) as number;
    if (this.length > min) chars += (at < 0 ? this.length : at) - Math.max(0, Number(from));
    return at;
  };
  proto.lastIndexOf = function (this: string, s: string, from = Infinity) {
    const at = real.lastIndexOf.call(this, s, from) as number;
    if (this.length > min) chars += Math.min(this.length, Number(from)) - Math.max(0, at);
    return at;
  };
  proto.split = function (this: string, ...args: unknown[]) {
    if (this.length > min) chars += this.length;
    return real.split.apply(this, args);
  };
  try {
    run();
  } finally {
    for (const m of SCANS) proto[m] = real[m];
  }
  return chars;
}

describe("ingest work on a long article", () => {
  it.each(["ar", "en"] as const)("grows linearly with the article (%s)", (lang) => {
    const work = (n: number) => scanned(() => extractArticle(article(lang, n), { id: "t", lang, file: `t.${lang}.txt`, note: "test" }));
    const small = work(40);
    const large = work(160);
    // Linear: ×4 (a scan of the text per mention and candidate made it ×16 and more).
    expect(large / small).toBeLessThan(6);
  });

  it("still gives a title-only mention to the minister introduced before it", () => {
    const text = article("ar", 3);
    const draft = extractArticle(text, { id: "t", lang: "ar", file: "t.ar.txt", note: "test" });
    const added = draft.quotes.filter((q) => q.text === "سنواصل العمل مع الشركاء");
    const names = added.map((q) => draft.speakers.find((s) => s.id === q.speaker)?.nameAr);
    expect(names).toEqual(["أحمد العلي", "محمد منصور", "خالد الحسيني"]);
  });
});

describe("a title-only mention among many people introduced", () => {
  /** Role phrases compared: one split of the person's role per comparison. */
  function comparisons(people: number, mentions: number): number {
    const text = article("ar", people, people);
    introducedPeople(text);
    const at = text.length;
    let splits = 0;
    const real = String.prototype.split;
    String.prototype.split = function (this: string, ...args: unknown[]) {
      splits++;
      return real.apply(this, args as Parameters<typeof real>);
    } as typeof real;
    try {
      for (let i = 0; i < mentions; i++) titleReferent(text, "وزير الثقافة", at);
    } finally {
      String.prototype.split = real;
    }
    return splits;
  }

  it("compares it with at most the nearest people of its head, however many the article introduces", () => {
    // "وزير الثقافة" fits nobody: every candidate is compared, and only the nearest are candidates.
    expect(comparisons(400, 10)).toBe(comparisons(NEAREST_REFERENTS + 10, 10));
  });
});

/** A made-up family name for each `i`, all distinct (Arabic or Latin letters). */
function madeUpName(i: number, lang: Lang): string {
  const letters = lang === "ar" ? "بتثجحخدذرزسشصضطظعغفقكمنهي" : "bcdfghjklmnprstvz";
  let out = "";
  for (let k = i + letters.length; k > 0; k = Math.floor(k / letters.length)) out += letters[k % letters.length];
  return lang === "ar" ? `ال${out}ي` : `${out[0].toUpperCase()}${out.slice(1)}son`;
}

/** `n` lines, each quoting a different minister by name and then by title alone: as many people as lines. */
function manyPeople(lang: Lang, n: number): string {
  const lines = [lang === "ar" ? "اجتماع الوزراء" : "Ministers meet"];
  for (let i = 0; i < n; i++) {
    lines.push(
      lang === "ar"
        ? `وقال وزير الخارجية ${FIRST_AR[i % 8]} ${madeUpName(i, "ar")} إن «المفاوضات مستمرة». وأضاف الوزير: «سنواصل العمل».`
        : `Foreign Minister ${FIRST_EN[i % 8]} ${madeUpName(i, "en")} said "talks will go on." The minister added: "We will keep working."`,
    );
  }
  return lines.join("\n");
}

/**
 * The work of `run` in countable steps: characters the text's scans pass over, look-ups of where a form is
 * named (each candidate of each attribution asked them), and splits of a string into words (each name
 * compared with each person before it was split again).
 */
function steps(run: () => void): number {
  const proto = Occurrences.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const looked = ["lastAtOrBefore", "firstAtOrAfter"] as const;
  const realLookups = Object.fromEntries(looked.map((m) => [m, proto[m]]));
  const realSplit = String.prototype.split;
  let n = 0;
  for (const m of looked) {
    proto[m] = function (this: unknown, ...a: unknown[]) {
      n++;
      return realLookups[m].apply(this, a);
    };
  }
  String.prototype.split = function (this: string, ...a: unknown[]) {
    n++;
    return realSplit.apply(this, a as Parameters<typeof realSplit>);
  } as typeof realSplit;
  try {
    n += scanned(run);
  } finally {
    for (const m of looked) proto[m] = realLookups[m];
    String.prototype.split = realSplit;
  }
  return n;
}

describe("ingest work on an article naming a different person on every line", () => {
  it.each(["ar", "en"] as const)("grows linearly with the people (%s)", (lang) => {
    const work = (n: number) => steps(() => extractArticle(manyPeople(lang, n), { id: "t", lang, file: `t.${lang}.txt`, note: "test" }));
    const small = work(60);
    const large = work(240);
    // Linear: ×4 (every person's candidate features for every quote, every name against every person before
    // it, and a scan of the whole text per name made it ×10 and more).
    expect(large / small).toBeLessThan(6);
  });
});

describe("forms found in one pass", () => {
  it("finds every start that a scan per form finds, overlapping ones included", () => {
    const unit = fc.constantFrom("a", "b", "ا", "ل", "\n");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.array(fc.string({ unit, minLength: 1, maxLength: 4 }), { maxLength: 8 }), (text, forms) => {
        const primed = new Occurrences(text);
        primed.prime(forms);
        const one = new Occurrences(text);
        for (const form of forms) expect(primed.startsOf(form)).toEqual(one.startsOf(form));
        expect(primed.scans).toBe(forms.length ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });
});
