// Speaker resolution on a question built to be slow (issue 16 item 3): "هل قال" followed by many words
// that each may open what follows a name (ل…) made the engine try every leading part of the phrase and
// score every word of each part again with a new fuzzy matcher. The work is counted, not timed: the
// number of fuzzy matchers built stays at one per distinct word, however many parts are tried.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { MAX_SPEAKER_PHRASE_WORDS } from "../../src/engine/limits.js";
import { buildCorpusView } from "../../src/engine/records.js";
import { SpeakerDirectory } from "../../src/engine/speakers.js";

const fuse = vi.hoisted(() => ({ built: 0 }));
vi.mock("fuse.js", async (importOriginal) => {
  const Real = (await importOriginal<typeof import("fuse.js")>()).default;
  class Counted<T> extends Real<T> {
    constructor(...args: ConstructorParameters<typeof Real<T>>) {
      super(...args);
      fuse.built++;
    }
  }
  return { default: Counted };
});

let engine: Engine;
let directory: SpeakerDirectory;
beforeAll(() => {
  const corpus = loadCorpus();
  engine = createEngine(corpus);
  directory = new SpeakerDirectory(buildCorpusView(corpus).speakers);
});

describe("speaker resolution on many trailing words", () => {
  it("scores each distinct word once, however many leading parts are tried", () => {
    const built = fuse.built;
    const answer = engine.ask(`هل قال ${Array(61).fill("للخليفة").join(" ")}`);
    expect(answer.status).toBe("no_match");
    // One word written 61 times: at most one matcher for it (was one per word of every leading part).
    expect(fuse.built - built).toBeLessThanOrEqual(1);
  });

  it("reads no phrase longer than the cap as a name, so the leading parts tried stay bounded", () => {
    expect(directory.resolve(Array(MAX_SPEAKER_PHRASE_WORDS).fill("sales").join(" ")).map((m) => m.speaker.id)).toEqual(["sales"]);
    expect(directory.resolve(Array(MAX_SPEAKER_PHRASE_WORDS + 1).fill("sales").join(" "))).toEqual([]);
  });

  it("still resolves a long description within the cap", () => {
    expect(directory.resolve("the us special envoy for the anti isis coalition").map((m) => m.speaker.id)).toEqual(["jeffrey"]);
    const a = engine.ask("what did the us special envoy for the anti isis coalition say");
    expect(a.answers[0]?.speaker?.id).toBe("jeffrey");
  });
});

describe("what may follow a speaker's name", () => {
  it("an unknown word after a first name is a family name, not the object of a verb-first question: 'دونالد لطفي' or 'دونالد كوهين' is not Donald Trump", () => {
    for (const q of ["ماذا قال دونالد لطفي عن الانسحاب؟", "ماذا قال جيمس ليفين عن داعش؟", "ماذا قال ناثان لورانس عن داعش؟", "ماذا قال دونالد لطفي؟", "ماذا قال جيمس ليفين؟", "ماذا قال ناثان لورانس؟", "ماذا قال دونالد كوهين؟", "بماذا هدد دونالد كوهين؟"]) {
      const a = engine.ask(q);
      expect(a.status, q).not.toBe("answered");
      expect(a.answers.map((x) => x.speaker?.id), q).toEqual([]);
    }
  });

  it("ل ('to') before a word the corpus knows, or a definite word, still opens what follows the name", () => {
    for (const q of ["ماذا قال ترامب للصحفيين عن الانسحاب؟", "ماذا قال ترامب لتركيا عن الانسحاب؟", "ماذا قال ترامب للصحفيين؟", "ماذا قال ترامب لتركيا؟", "بماذا هدد ترامب تركيا؟"]) expect(engine.ask(q).answers[0]?.speaker?.id, q).toBe("trump");
  });
});
