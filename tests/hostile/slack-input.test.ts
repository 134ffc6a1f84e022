// Issue 16 items 1 and 2: Slack text is capped before it is scanned, every scan is linear, and the
// rate limit comes before any parsing.
import { describe, expect, it } from "vitest";
import { MAX_SLACK_TEXT, stripSlackMarkup } from "../../adapters/slack/mrkdwn.js";
import { whoSaidQuestion } from "../../adapters/slack/listeners/shortcuts/index.js";
import { withinBudget } from "./budget.js";

describe("stripSlackMarkup on hostile text", () => {
  it("is linear on many newlines between block-quote candidates (was 3.3 s for 40,000 characters, ~20 s for 100,000)", () => {
    const hostile = `x${"\n".repeat(99_998)}x`;
    expect(withinBudget(() => stripSlackMarkup(hostile))).toBe("x");
  });

  it("is linear on whitespace-only lines far beyond Slack's message size", () => {
    const hostile = `${" \n".repeat(100_000)}x`;
    withinBudget(() => stripSlackMarkup(hostile));
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
  it("drops trailing question marks in linear time (was 3.3 s for 40,000 ؟)", () => {
    const hostile = `${"؟".repeat(99_999)}x`;
    const q = withinBudget(() => whoSaidQuestion(hostile));
    expect(q.startsWith("من قال ")).toBe(true);
    expect(withinBudget(() => whoSaidQuestion(`${"?".repeat(400_000)}`))).toBe("who said ?");
  });

  it("drops trailing marks of either script", () => {
    expect(whoSaidQuestion("the brand exists ???")).toBe("who said the brand exists?");
  });
});
