// Prints every answer of the engine to the questions of one or more sets, one line each, so that two
// builds can be compared: the speed work must change no answer.
// Usage: node dist/scripts/answer-diff.js <set.jsonl>… [--corpus DIR] [--no-budget] > answers.txt; then diff two
// outputs. --no-budget lifts the per-question work budget, so that a slower build's answers are not
// cut short (too_complex) where a faster one's are not: on a large corpus, compare with it.
import { readFileSync } from "node:fs";
import { contextOf, DEFAULT_CORPUS_DIR, loadEngine, type Answer, type ConversationContext } from "../src/index.js";

const args = process.argv.slice(2);
const at = args.indexOf("--corpus");
const corpus = at >= 0 ? args.splice(at, 2)[1] : DEFAULT_CORPUS_DIR;
const unbudgeted = args.indexOf("--no-budget");
if (unbudgeted >= 0) args.splice(unbudgeted, 1);
const engine = loadEngine(corpus, unbudgeted >= 0 ? { budgetMs: Number.MAX_SAFE_INTEGER } : {});
for (const file of args) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id?: string; q: string; context?: string[] };
    let context: ConversationContext | undefined;
    for (const before of row.context ?? []) context = contextOf(engine.ask(before, { context }));
    const a: Answer = engine.ask(row.q, { context });
    const items = a.answers.map((x) => `${x.article}¶${x.paragraph}:${x.speaker?.id ?? "-"}:${x.score}:${x.text.slice(0, 40)}`);
    console.log(`${row.id ?? row.q}\t${a.status}${a.reason ? `(${a.reason})` : ""}${a.total ? ` total=${a.total}` : ""}\t${items.join(" | ")}`);
  }
}
