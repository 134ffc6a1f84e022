// Shared setup for the end-to-end tests: a real discord.js client logged in to the fake Discord.
import { once } from "node:events";
import { Events, type Client } from "discord.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FeedbackLog, createLogger, type Engine, type Logger } from "../../src/index.js";
import { createBot, type BotOptions } from "../../adapters/discord/bot.js";
import { FAKE_TOKEN, FakeDiscord } from "./fake-discord.js";

export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export interface MemoryLog {
  logger: Logger;
  lines: LogLine[];
  /** Resolves with the first line (written or to come) that matches. */
  waitFor(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

/** A logger whose JSON lines are kept in memory (level info, whatever LOG_LEVEL says). */
export function memoryLogger(): MemoryLog {
  const lines: LogLine[] = [];
  const waiters = new Set<(line: LogLine) => void>();
  const logger = createLogger("discord-test", {
    write: (s: string) => {
      const line = JSON.parse(s) as LogLine;
      lines.push(line);
      for (const w of [...waiters]) w(line);
    },
  });
  logger.level = "info";
  const waitFor = (predicate: (line: LogLine) => boolean, timeoutMs = 5000) =>
    new Promise<LogLine>((resolve, reject) => {
      const seen = lines.find(predicate);
      if (seen) return resolve(seen);
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error("no matching log line"));
      }, timeoutMs);
      const check = (line: LogLine) => {
        if (!predicate(line)) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(line);
      };
      waiters.add(check);
    });
  return { logger, lines, waitFor };
}

export interface Harness {
  fake: FakeDiscord;
  feedback: FeedbackLog;
  client: Client;
  log: MemoryLog;
  stop(): Promise<void>;
}

export async function startHarness(engine: Engine, options: BotOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const log = memoryLogger();
  // Feedback goes to a fresh log in a temporary folder, never to the user's own.
  const feedback = options.feedback ?? new FeedbackLog(join(mkdtempSync(join(tmpdir(), "qb-discord-")), "feedback.jsonl"), { salt: "test" });
  const client = createBot(engine, { logger: log.logger, ...options, feedback, rest: { api: fake.apiUrl, ...options.rest } });
  const ready = once(client, Events.ClientReady);
  await client.login(FAKE_TOKEN);
  await ready;
  return {
    fake,
    feedback,
    client,
    log,
    async stop() {
      await client.destroy();
      await fake.close();
    },
  };
}
