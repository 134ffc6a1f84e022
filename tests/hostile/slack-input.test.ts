// Issue 16 items 1 and 2: Slack text is capped before it is scanned, every scan is linear, and the
// rate limit comes before any parsing. The work is counted (tests/hostile/work.ts), not timed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SLACK_TEXT, stripSlackMarkup } from "../../adapters/slack/mrkdwn.js";
import { whoSaidQuestion } from "../../adapters/slack/listeners/shortcuts/index.js";
import { MAX_QUESTION_LENGTH } from "../../src/index.js";
import { work } from "./work.js";

describe("stripSlackMarkup on hostile text", () => {
  // Its few passes over the text, each over at most MAX_SLACK_TEXT characters.
  const PASSES = 8;

  it("hands no regex more than MAX_SLACK_TEXT characters of many newlines (a /^\\s*&gt;/m on 40,000 took 3.3 s)", () => {
    const w = work(() => stripSlackMarkup(`x${"\n".repeat(99_998)}x`));
    expect(w.out).toBe("x");
    expect(w.longestRegexInput).toBeLessThanOrEqual(MAX_SLACK_TEXT);
    expect(w.regexChars).toBeLessThanOrEqual(PASSES * MAX_SLACK_TEXT);
  });

  it("does the same bounded work on whitespace-only lines far beyond Slack's message size", () => {
    const w = work(() => stripSlackMarkup(`${" \n".repeat(100_000)}x`));
    expect(w.longestRegexInput).toBeLessThanOrEqual(MAX_SLACK_TEXT);
    expect(w.regexChars).toBeLessThanOrEqual(PASSES * MAX_SLACK_TEXT);
  });

  it("scans at most MAX_SLACK_TEXT characters of any text", () => {
    const out = stripSlackMarkup("ab ".repeat(1_000_000));
    expect(out.length).toBeLessThanOrEqual(MAX_SLACK_TEXT);
  });

  it("still drops block-quote markers at line starts", () => {
    expect(stripSlackMarkup("&gt; who said\n  &gt;this?")).toBe("who said this?");
  });
});

describe("the shortcut's question", () => {
  it("reads at most MAX_SLACK_TEXT characters of a run of question marks (an anchored /[?؟]+$/ on 40,000 took 3.3 s)", () => {
    const arabic = work(() => whoSaidQuestion(`${"؟".repeat(99_999)}x`));
    expect(arabic.out.startsWith("من قال ")).toBe(true);
    const marks = work(() => whoSaidQuestion("?".repeat(400_000)));
    expect(marks.out).toBe("who said ?");
    for (const w of [arabic, marks]) {
      expect(w.longestRegexInput).toBeLessThanOrEqual(MAX_SLACK_TEXT);
      expect(w.regexChars + w.scanned).toBeLessThanOrEqual(2 * MAX_SLACK_TEXT);
    }
  });

  it("drops trailing marks of either script", () => {
    expect(whoSaidQuestion("the brand exists ???")).toBe("who said the brand exists?");
  });
});

describe("any Slack text (property)", () => {
  it("is read in bounded work however it mixes markup, entities, newlines and invisible or direction characters", () => {
    const unit = fc.constantFrom("&gt;", "&lt;", "&amp;", "<@U1|bob>", "<!channel>", "<https://e.x|x>", "<", ">", "\n", " \n", "?", "؟", "\u202e", "\u200d", "＠", "*", "`", "ق", " ");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20_000 }).map((a) => a.join("")), (text) => {
        const strip = work(() => stripSlackMarkup(text));
        expect(strip.longestRegexInput).toBeLessThanOrEqual(MAX_SLACK_TEXT);
        expect(strip.regexChars).toBeLessThanOrEqual(8 * MAX_SLACK_TEXT);
        const question = work(() => whoSaidQuestion(text));
        expect(question.longestRegexInput).toBeLessThanOrEqual(MAX_SLACK_TEXT);
        expect(question.out.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
      }),
      { numRuns: 40 },
    );
  });
});
