import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactSecrets, registerSecret } from "../../src/index.js";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  const logger = createLogger("test", stream);
  logger.level = "info";
  return { logger, lines };
}

describe("logger", () => {
  it("masks registered secrets wherever they appear, and token-like keys", () => {
    registerSecret("xoxb-123456789-secret");
    const { logger, lines } = capture();
    logger.info({ token: "abc", nested: { text: "key xoxb-123456789-secret here" } }, "using xoxb-123456789-secret");
    const out = lines.join("");
    expect(out).not.toContain("xoxb-123456789-secret");
    expect(out).not.toContain('"abc"');
    expect(out).toContain("[redacted]");
    expect(redactSecrets("a xoxb-123456789-secret b")).toBe("a [redacted] b");
  });
  it("keeps an error's message and stack, redacted", () => {
    registerSecret("s3cr3t-token-value");
    const { logger, lines } = capture();
    logger.error({ err: new Error("failed with s3cr3t-token-value") }, "boom");
    const entry = JSON.parse(lines[0]);
    expect(entry.err.message).toBe("failed with [redacted]");
    expect(entry.err.stack).toContain("Error: failed");
  });
});
