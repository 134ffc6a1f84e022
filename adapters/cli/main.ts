// `quotebot <command>`: the command-line entry. Commands load lazily so that `ask` starts fast.
import type { CliCommand, CliIO } from "./command.js";

// Each command lives in commands/<name>.ts and exports a CliCommand under its own name.
const NAMES = ["ask", "speakers", "repl", "ingest", "serve", "health"] as const;
const COMMANDS: Record<string, () => Promise<CliCommand>> = Object.fromEntries(
  NAMES.map((name) => [name, async () => ((await import(`./commands/${name}.js`)) as Record<string, CliCommand>)[name]]),
);

async function usage(io: CliIO): Promise<void> {
  const lines = ["usage: quotebot <command> [options]", "", "commands:"];
  for (const load of Object.values(COMMANDS)) {
    try {
      const c = await load();
      lines.push(`  ${c.name.padEnd(9)} ${c.summary}`, `            ${c.usage.replace(/\n/g, "\n            ")}`);
    } catch {
      // A command that cannot load is simply not listed.
    }
  }
  io.stdout.write(`${lines.join("\n")}\n`);
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    await usage(io);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`quotebot: unknown command "${name}" (try: quotebot --help)\n`);
    return 2;
  }
  return (await load()).run(args, io);
}
