// What someone wrote or tweeted is asked about like what they said (issue 12): "ماذا كتب X على تويتر؟",
// "X كتب إيه؟", "what did X tweet about …?". All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { parseQuestion } from "../../src/engine/question.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const TWEET_EN = `Governor apologizes for confusion over bridge closure
Governor Martin Osei wrote on Twitter that "the bridge closure was announced too early and I apologize for the confusion".
Transport director Lena Frost said the bridge would reopen in May.
`;

let dir: string;
let tweet: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-across-posts-"));
  tweet = ingestedEngine(dir, "tweet", { "tweet-en": TWEET_EN });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a verb of writing or tweeting", () => {
  it("reads as a reporting verb in either language", () => {
    for (const q of ["ماذا كتب مارتن أوسي على تويتر؟", "مارتن أوسي كتب إيه عن الجسر؟", "what did Martin Osei tweet about the bridge?"]) {
      expect(parseQuestion(q).intent, q).toBe("what_said");
    }
    expect(parseQuestion("منو اللي غرد عن إغلاق الجسر؟").intent).toBe("who_said");
  });
  it("finds what the English draft's speaker wrote, asked in Arabic", () => {
    expectSpeaker(tweet, "ماذا كتب أوسي على تويتر عن إغلاق الجسر؟", /Osei/);
    expectSpeaker(tweet, "أوسي كتب إيه في اعتذاره عن إغلاق الجسر؟", /Osei/);
  });
  it("a trap still abstains", () => {
    expect(tweet.ask("ماذا كتب أوسي عن الانتخابات؟").status).not.toBe("answered");
  });
});
