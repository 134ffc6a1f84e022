// `quotebot serve discord|slack [options]`: runs a bot from the built files, with no build step, as
// the production start commands (`npm run start:discord`, `npm run start:slack`) and the container do.
import { usageError } from "../args.js";
import type { CliCommand } from "../command.js";

const BOTS: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
  discord: async () => (await import("../../discord/main.js")).serve,
  slack: async () => {
    const { serve } = await import("../../slack/main.js");
    return () => serve();
  },
};

export const serve: CliCommand = {
  name: "serve",
  summary: "run the Discord bot or the Slack app (settings from .env; see the README)",
  usage: "quotebot serve discord [--shards auto|N]\n       quotebot serve slack",
  async run(args, io) {
    const [bot, ...rest] = args;
    const load = bot ? BOTS[bot] : undefined;
    if (bot === "-h" || bot === "--help") {
      io.stdout.write(`usage: ${this.usage}\n`);
      return 0;
    }
    if (!load) return usageError(this, 'expected "discord" or "slack"', io);
    if (bot === "slack" && rest.length) return usageError(this, `unexpected argument ${rest[0]}`, io);
    return (await load())(rest);
  },
};
