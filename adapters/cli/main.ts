// `quotebot <command>`: the command-line entry. Commands load lazily so that `ask` starts fast.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXIT_USAGE } from "./args.js";
import type { CliCommand, CliIO } from "./command.js";

// Each command lives in commands/<name>.ts and exports a CliCommand under its own name.
const NAMES = ["ask", "speakers", "repl", "ingest", "feedback", "db", "serve", "health"] as const;
const COMMANDS: Record<string, () => Promise<CliCommand>> = Object.fromEntries(
  NAMES.map((name) => [name, async () => ((await import(`./commands/${name}.js`)) as Record<string, CliCommand>)[name]]),
);

/** The version in the package.json above this module (source or built). */
export function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++, dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? "unknown";
  }
  return "unknown";
}

async function usage(): Promise<string> {
  const lines = ["usage: quotebot <command> [options]", "       quotebot <command> --help", "       quotebot --version", "", "commands:"];
  for (const load of Object.values(COMMANDS)) {
    try {
      const c = await load();
      lines.push(`  ${c.name.padEnd(9)} ${c.summary}`, `            ${c.usage.replace(/\n/g, "\n            ")}`);
    } catch {
      // A command that cannot load is simply not listed.
    }
  }
  return `${lines.join("\n")}\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--version" || name === "-V" || name === "-v") {
    io.stdout.write(`quotebot ${version()}\n`);
    return 0;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(await usage());
    return 0;
  }
  if (!name) {
    io.stderr.write(await usage());
    return EXIT_USAGE;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`quotebot: unknown command "${name}" (try: quotebot --help)\n`);
    return EXIT_USAGE;
  }
  return (await load()).run(args, io);
}
