// Informal role references: a head noun (guy, official, envoy, leader, مسؤول، مبعوث، رئيس) with the
// organisation and nationality words that go with it; a reference that fits two speakers picks none.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { SpeakerDirectory } from "../../src/engine/speakers.js";
import { buildCorpusView } from "../../src/engine/records.js";

let engine: Engine;
let directory: SpeakerDirectory;
beforeAll(() => {
  const corpus = loadCorpus();
  engine = createEngine(corpus);
  directory = new SpeakerDirectory(buildCorpusView(corpus).speakers);
});

const ids = (phrase: string) => directory.resolve(phrase).map((m) => m.speaker.id).sort();

describe("a role by its head noun and its organisation or nationality", () => {
  it.each([
    ["the counterterrorism guy at State", ["sales"]],
    ["the counterterrorism official", ["sales"]],
    ["the Turkish leader", ["erdogan"]],
    ["the American leader", ["trump"]],
    ["مبعوث أمريكا", ["jeffrey"]],
    ["الزعيم التركي", ["erdogan"]],
    ["منسق مكافحة الإرهاب", ["sales"]],
  ])("%s", (phrase, expected) => expect(ids(phrase)).toEqual(expected));

  it("finds a role written in the other language", () => {
    expect(ids("منسق مكافحة الإرهاب في الخارجية الأمريكية")).toEqual(["sales"]);
    expect(ids("the US president")).toEqual(["trump"]);
  });

  it("a head noun alone names nobody", () => {
    expect(ids("the guy")).toEqual([]);
    expect(ids("شي واحد")).toEqual([]);
  });
});

describe("what did <informal role> say", () => {
  it.each([
    ["what did the counterterrorism guy at State say?", "sales"],
    ["شو قال مبعوث أمريكا؟", "jeffrey"],
    ["what did the turkish leader warn about?", "erdogan"],
    ["ماذا قال الزعيم التركي؟", "erdogan"],
    ["What did the American leader threaten?", "trump"],
  ])("%s", (q, speaker) => {
    const a = engine.ask(q);
    expect(a.status, q).toBe("answered");
    expect(a.answers[0].speaker?.id, q).toBe(speaker);
  });

  it.each([
    // Both State Department people: Sales (coordinator) and Jeffrey (envoy).
    "what did the State Department official say?",
    "شو قال مسؤول الخارجية الأمريكية؟",
    // Both presidents.
    "what did the president say?",
    "ماذا قال الرئيس؟",
  ])("a role that fits two speakers picks none: %s", (q) => expect(engine.ask(q).status).not.toBe("answered"));

  it("lets the topic tell two speakers of one role apart", () => {
    const a = engine.ask("what did the State Department official say about foreign fighters?");
    expect(a.status).toBe("answered");
    expect(a.answers.every((x) => x.speaker?.id === "sales")).toBe(true);
  });

  it("still finds nobody for a role no speaker holds", () => {
    expect(engine.ask("what did the Russian envoy say?").status).toBe("no_match");
    expect(engine.ask("ماذا قال المبعوث الروسي؟").status).toBe("no_match");
  });
});

describe("a role phrase asked in the other language names only the office it translates", () => {
  // Each word of "finance minister" stands for its own half of وزير المالية: "finance" alone is no
  // وزير, so the health minister (وزير الصحة), the only minister of the article, is not it.
  const speaker = (id: string, name: string, nameAr: string, role: string, roleAr: string) =>
    ({ id, name, nameAr, role, roleAr, kind: "person" as const, aliases: [], quoteCount: 1, articles: ["a"] });
  const inEgypt = new SpeakerDirectory(
    [
      speaker("health", "Khaled Abdel Ghaffar", "خالد عبد الغفار", "Minister of Health and Population", "وزير الصحة والسكان"),
      speaker("pm", "Mostafa Madbouly", "مصطفى مدبولي", "Prime Minister", "رئيس الوزراء"),
    ],
    () => "article",
  );
  const named = (d: SpeakerDirectory, phrase: string) => d.resolve(phrase).map((m) => m.speaker.id);

  it.each(["Egypt's finance minister", "the finance minister", "the foreign minister", "وزير المالية", "وزير الخارجية"])(
    "another ministry's minister names nobody: %s",
    (phrase) => expect(named(inEgypt, phrase)).toEqual([]),
  );

  it("the office itself is still found across languages", () => {
    expect(named(inEgypt, "the health minister")).toEqual(["health"]);
    expect(named(inEgypt, "Egypt's health minister")).toEqual(["health"]);
    const withFinance = new SpeakerDirectory(
      [speaker("fin", "Mohamed Maait", "محمد معيط", "", "وزير المالية"), speaker("health", "Khaled Abdel Ghaffar", "خالد عبد الغفار", "", "وزير الصحة")],
      () => "article",
    );
    expect(named(withFinance, "Egypt's finance minister")).toEqual(["fin"]);
    expect(named(withFinance, "the finance minister")).toEqual(["fin"]);
    expect(named(withFinance, "the central bank governor")).toEqual([]);
  });
});
