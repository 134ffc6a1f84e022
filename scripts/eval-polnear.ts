// `npm run eval:polnear -- <PolNeAR checkout> [--split dev|train] [--limit N] [--verbose|--misses]`:
// ingests every annotated article of the split and compares the drafts with the professional
// annotations (statements with a named source: see scripts/polnear.ts; measures: src/ingest/measure.ts).
// Never point it at the test split: it is reserved for independent measurement.
import { resolve } from "node:path";
import { measure, printResult } from "./measure-run.js";
import { goldOf, readSplit } from "./polnear.js";

const args = process.argv.slice(2);
const root = args.find((a, i) => !a.startsWith("--") && !["--split", "--limit"].includes(args[i - 1] ?? ""));
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = option("--split") ?? "dev";
if (!root || !["dev", "train"].includes(split)) {
  console.error("usage: npm run eval:polnear -- <PolNeAR folder> [--split dev|train] [--limit N] [--verbose|--misses]");
  process.exit(2);
}
let articles = readSplit(resolve(root), split);
const limit = Number(option("--limit") ?? 0);
if (limit > 0) articles = articles.slice(0, limit);
const result = measure(
  articles.map((a) => ({ name: a.name, textPath: a.textPath, text: a.text, lang: "en" as const, gold: goldOf(a) })),
  { verbose: args.includes("--verbose"), misses: args.includes("--misses") },
);
printResult(`PolNeAR ${split}`, articles.length, result);
