// Issue 16 item 11: a Discord interaction token (valid 15 minutes) never reaches a log line, not even
// through a DiscordAPIError's url or request body.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { createLogger } from "../../src/index.js";
import { fakeEngine } from "../discord/fake-engine.js";
import { startHarness, type Harness } from "../discord/helpers.js";

const INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTUwMDAwMDAwMDAwMDAwMDAwMDpXdmZrSlBlN3RRbkVqN2FMVmZ0S2xBRzZ3NHVYcGxZ";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(fakeEngine());
});
afterAll(async () => {
  await h?.stop();
});

describe("interaction tokens in logs", () => {
  it("are redacted from a DiscordAPIError logged when Discord refuses the reply and the error reply", async () => {
    const interaction = { ...h.fake.slashCommand("speakers", {}, h.fake.newUser()), token: INTERACTION_TOKEN };
    h.fake.responder = (r) =>
      r.path.startsWith(`/interactions/${interaction.id}/`) ? { status: 400, body: { message: "Bad", code: 50035 } } : undefined;
    try {
      h.fake.dispatch("INTERACTION_CREATE", interaction);
      await h.log.waitFor((l) => l.msg === "could not send the error reply");
    } finally {
      h.fake.responder = undefined;
    }
    const logged = JSON.stringify(h.log.lines);
    expect(logged).toContain("/interactions/");
    expect(logged).not.toContain(INTERACTION_TOKEN);
    expect(logged).not.toContain(INTERACTION_TOKEN.slice(0, 30));
  });

  it("are redacted from webhook and callback URLs in any log line", () => {
    const lines: string[] = [];
    const logger = createLogger("t", new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }));
    logger.level = "info";
    logger.error({ url: `https://discord.com/api/v10/webhooks/1100000000000000001/${INTERACTION_TOKEN}/messages/@original`, requestBody: { json: { token: "x", note: `/interactions/1/${INTERACTION_TOKEN}/callback` } } }, "failed");
    expect(lines.join("")).not.toContain(INTERACTION_TOKEN.slice(0, 30));
    expect(lines.join("")).toContain("/webhooks/1100000000000000001/[redacted]/messages");
  });
});
