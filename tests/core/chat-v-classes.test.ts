// Chat questions as people write them, classes of set V's failures (invented wording on the built-in
// article): a dialect "what (else) is it that he VERB-ed" follow-up (إيه اللي أعلنه، shu elli 2alo), whose
// relative اللي and verb with an object ending are follow-up words, not a question of their own; an
// Arabizi word typed with a vowel first (amrekeya) read as a word that begins with a consonant (ماركة);
// a who-said claim about one place or group answered with a statement about another.
import { beforeAll, describe, expect, it } from "vitest";
import { claimsOfAnother } from "../../src/engine/claim-subject.js";
import { readFollowUp } from "../../src/engine/follow-up-reader.js";
import { contextOf, createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { expectAnsweredBy } from "../support/answers.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("a dialect 'what is it that he said' follow-up", () => {
  it.each(["وشو كمان اللي حكاه؟", "وايش غير هيك اللي أعلنه؟", "w shu kaman elli 2alo?"])("%s asks what else he said", (q) => {
    expect(readFollowUp(q, () => false)?.shape).toBe("what_else");
  });

  it("after who threatened Turkey's economy, 'what else did he announce' is Trump's, not a fact holding the verb", () => {
    const context = contextOf(engine.ask("مين اللي توعد يدمر اقتصاد تركيا؟"));
    expectAnsweredBy(engine.ask("وإيه تاني اللي أعلنه؟", { context }), "trump");
  });
});

describe("an Arabizi word typed with a vowel first", () => {
  it("el amrekeya is the American (أمريكية), not the brand (ماركة): who pulled the American troops out is Trump", () => {
    expectAnsweredBy(engine.ask("meen 2al en el 2owat el amrekeya hatensa7eb kollaha?"), "trump");
  });

  it("a vowel-first word still reads a word that begins with alef or ع (a3lan → أعلن)", () => {
    expectAnsweredBy(engine.ask("meen a3lan ensi7ab el amrekan?"), "trump");
  });
});

describe("a claim about one place or group, a statement about another", () => {
  it.each([
    // The roles swapped: the Kurds attacking Turkey, where Erdoğan warned of Turkey attacking the Kurds.
    ["من قال إن الأكراد هيهاجموا تركيا؟"],
    ["who said the kurds will launch an offensive on ankara"],
    // Turkey pulling out, where Trump announced the American troops would.
    ["مين قال إن تركيا رح تنسحب من سوريا؟"],
  ])("%s is not put in anyone's mouth", (q) => {
    expect(engine.ask(q).status).not.toBe("answered");
  });

  it.each([
    ["who said turkey is about to launch a military op against the kurds in syria?", "erdogan"],
    ["من قال إن القوات الأمريكية ستنسحب كلها من سوريا؟", "trump"],
    ["مين قال إن داعش لسا تهديد للعالم كله؟", "us_officials"],
  ])("%s: the same actor is still answered", (q, speaker) => {
    expectAnsweredBy(engine.ask(q), speaker);
  });

  it("reads the actor that opens the claim and the statement", () => {
    expect(claimsOfAnother("الاكراد سيهاجمون انقره", "تركيا ستشن عملية في منطقة يسيطر عليها الاكراد")).toBe(true);
    expect(claimsOfAnother("تركيا ستنسحب من سوريا", "بانسحاب جميع القوات الامريكيه من سوريا")).toBe(true);
    expect(claimsOfAnother("انقره ستهاجم الاكراد", "تركيا ستشن عملية في منطقة يسيطر عليها الاكراد")).toBe(false);
    // A statement that names no place or group says it of whoever its sentence names.
    expect(claimsOfAnother("تركيا ستهاجم قريبا", "العملية يمكن ان تبدا قريبا")).toBe(false);
    // ISIS's fighters named as the organization's, where the countries they are in are named.
    expect(claimsOfAnother("isis fighters are still scattered across both countries", "الالاف من مقاتلي التنظيم منتشرون في سوريا والعراق")).toBe(false);
    // A claim that opens with no place or group is not read.
    expect(claimsOfAnother("the militants are spreading to syria", "توسيع المسلحين الى مناطق جديدة في العراق")).toBe(false);
  });
});

describe("who is the <noun of a noun> who said …", () => {
  it.each([
    ["مين مسؤول الخارجية اللي قال لازم نحاكم قادة داعش؟", "sales"],
    ["منو مبعوث الخارجية اللي حكى عن آلاف المقاتلين؟", "jeffrey"],
  ])("%s asks who said it, the noun phrase naming the speaker's office", (q, speaker) => {
    expectAnsweredBy(engine.ask(q), speaker);
  });
});

describe("'X's take on Y?' without 'what's'", () => {
  it("sales's view on partner countries? is what Sales said about them", () => {
    expectAnsweredBy(engine.ask("sales's view on partner countries?"), "sales");
  });

  it("a yes-no question with 'take on' names no speaker's view", () => {
    expect(engine.ask("did turkey take on the kurds?").status).not.toBe("answered");
  });
});
