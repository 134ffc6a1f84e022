// The adapters' shared conversation memory: it passes each conversation's last answer as context,
// forgets it after CONVERSATION_TTL_MS, and stays bounded.
import { beforeAll, describe, expect, it } from "vitest";
import { CONVERSATION_TTL_MS, loadEngine, type Engine } from "../../src/index.js";
import { Conversations } from "../../adapters/shared/conversations.js";

let engine: Engine;
beforeAll(() => {
  engine = loadEngine();
});

describe("Conversations", () => {
  it("passes a conversation's last answer to its next question, and only to its own", () => {
    const c = new Conversations();
    expect(c.ask(engine, "a", "what did Jeffrey say?").status).toBe("answered");
    expect(c.ask(engine, "a", "who is he?").answers[0].speaker?.name).toBe("James Jeffrey");
    expect(c.ask(engine, "b", "who is he?").status).toBe("no_match");
    // No conversation: nothing remembered.
    expect(c.ask(engine, undefined, "what did Jeffrey say?").status).toBe("answered");
    expect(c.size).toBe(2);
  });

  it("forgets a conversation after its lifetime", () => {
    let now = 0;
    const c = new Conversations({ now: () => now });
    c.ask(engine, "a", "what did Jeffrey say?");
    now += CONVERSATION_TTL_MS;
    expect(c.ask(engine, "a", "who is he?").status).toBe("no_match");
  });

  it("keeps at most `max` conversations, the oldest forgotten first", () => {
    const c = new Conversations({ max: 2 });
    for (const key of ["a", "b", "c"]) c.ask(engine, key, "what did Jeffrey say?");
    expect(c.size).toBe(2);
    expect(c.ask(engine, "a", "who is he?").status).toBe("no_match");
    expect(c.ask(engine, "c", "who is he?").status).toBe("answered");
  });
});
