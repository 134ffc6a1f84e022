// `quotebot serve discord|slack [options]`: runs a bot from the built files, with no build step, as
// the production start commands (`npm run start:discord`, `npm run start:slack`) and the container do.
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
    if (!load) {
      io.stderr.write(`quotebot serve: expected "discord" or "slack"\nusage: ${this.usage}\n`);
      return 2;
    }
    if (bot === "slack" && rest.length) {
      io.stderr.write(`quotebot serve slack: unexpected argument ${rest[0]}\nusage: ${this.usage}\n`);
      return 2;
    }
    return (await load())(rest);
  },
};
