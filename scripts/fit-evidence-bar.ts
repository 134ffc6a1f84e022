// Fits the evidence bar (answer-bar.ts EvidenceBar): per intent, the least share of a question's telling
// words a curated statement must say to be stated. Learned on question sets asked of the built-in corpus
// and on traps made from them: each answerable question asked again of the corpus without the records
// that hold its evidence, so that what is left shares the article's places, groups and common words
// with it but not what it asks. A stated answer there is a wrong speaker put on words nobody said.
// A wrong answer costs --cost right ones (6); a made trap counts for the real traps' share of them, as
// there are many more made traps than real ones. Prints leave-one-set-out figures (the bar fitted on
// every letter but one, scored on that one).
//
// Usage: npm run fit:evidence-bar -- [--write] [--cost N] <chat or typos set.jsonl> …
//   A set's letter is the capital after its last "-" (chat-F.jsonl): the unit left out.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { ANSWER_BAR_FILE, INTENTS, answerBar, type DecisionInput, type DecisionIntent, type EvidenceBar } from "../src/engine/answer-bar.js";
import { createEngine, loadCorpus, type Corpus, type Engine } from "../src/index.js";
import { loadSpeakers, norm, readRows, type QuestionRow } from "./eval-questions.js";

type Label = "right" | "wrong" | "neutral";

interface Row {
  letter: string;
  set: string;
  id: string;
  /** A trap made by leaving out the records of the question's evidence. */
  made: boolean;
  trap: boolean;
  input: DecisionInput;
  label: Label;
}

const letterOf = (path: string): string => /-([A-Z])\.jsonl$/.exec(path)?.[1] ?? "?";

/** The corpus without the given records. */
function without(corpus: Corpus, ids: Set<string>): Corpus {
  return { ...corpus, articles: corpus.articles.map((a) => ({ ...a, quotes: a.quotes.filter((q) => !ids.has(q.id)), facts: a.facts.filter((f) => !ids.has(f.id)) })) };
}

/** The decision an answer was stated on (none: not stated, or decided more than once). */
function statedOn(engine: Engine, q: string): { input: DecisionInput; text: string; speaker: string | null } | null {
  const decisions: DecisionInput[] = [];
  const answer = engine.ask(q, { explain: (d) => decisions.push(d.input) });
  const top = answer.answers[0];
  if (answer.status !== "answered" || decisions.length !== 1 || !top) return null;
  return { input: decisions[0], text: `${top.text} ${top.context}`, speaker: top.speaker ? `${top.speaker.name} ${top.speaker.nameAr ?? ""}` : null };
}

function collect(files: string[]): { rows: Row[]; tried: number } {
  const corpus = loadCorpus();
  const records = corpus.articles.flatMap((a) => [...a.quotes, ...a.facts]);
  // The bar being fitted is left out: every answer the rest of the model states is a candidate.
  const options = { answerBar: { ...answerBar(), evidence: {} } };
  const engines = new Map<string, Engine>();
  const engineWithout = (ids: string[]): Engine => {
    const key = ids.join(" ");
    let engine = engines.get(key);
    if (!engine) engines.set(key, (engine = createEngine(without(corpus, new Set(ids)), options)));
    return engine;
  };
  const speakers = loadSpeakers();
  const rows: Row[] = [];
  let tried = 0;
  for (const file of files) {
    const set = basename(file, ".jsonl");
    for (const r of readRows(file) as QuestionRow[]) {
      if (r.context?.length) continue;
      const evidence = (r.evidence ?? []).map(norm);
      const holds = (text: string) => evidence.some((e) => norm(text).includes(e));
      const asked = statedOn(engineWithout([]), r.q);
      if (asked) {
        let label: Label = "wrong";
        if (r.expect !== "no_match") {
          // As scripts/eval-questions.ts judges it: a fact (no speaker) is right only where none is due.
          const name = norm(asked.speaker);
          const speakerOk = r.speaker === null || (asked.speaker !== null ? (speakers[r.speaker] ?? []).some((k) => name.includes(norm(k))) : r.speaker.endsWith("_or_none"));
          label = !speakerOk ? "wrong" : holds(asked.text) ? "right" : "neutral";
        }
        rows.push({ letter: letterOf(file), set, id: r.id, made: false, trap: r.expect === "no_match", input: asked.input, label });
      }
      if (r.expect === "no_match" || !evidence.length) continue;
      const gone = records.filter((x) => holds(`${x.text} ${x.textEn ?? ""}`)).map((x) => x.id).sort();
      if (!gone.length) continue;
      tried++;
      const made = statedOn(engineWithout(gone), r.q);
      // An answer that still holds the evidence (another record says it too) is no trap.
      if (made && !holds(made.text)) rows.push({ letter: letterOf(file), set, id: r.id, made: true, trap: true, input: made.input, label: "wrong" });
    }
  }
  return { rows, tried };
}

/** What a row costs when stated: right -1, wrong `cost` (a made trap `madeCost`), else 0. */
const costOf = (r: Row, cost: number, madeCost: number) => (r.label === "right" ? -1 : r.label === "wrong" ? (r.made ? madeCost : cost) : 0);

/** Per intent, the bar under which holding back the curated answers gains most (0: none). */
// As decideStatus does, a statement holding a quoted phrase word for word is never held back: it is not fitted on.
function fit(rows: Row[], cost: number, madeCost: number): EvidenceBar {
  const bars: EvidenceBar = {};
  for (const intent of INTENTS) {
    const ofIntent = rows.filter((r) => r.input.intent === intent && !r.input.draft && !r.input.verbatim).sort((a, b) => a.input.telling - b.input.telling);
    let gain = 0;
    let best = 0;
    let bar = 0;
    for (let i = 0; i < ofIntent.length; i++) {
      gain += costOf(ofIntent[i], cost, madeCost);
      const next = ofIntent[i + 1]?.input.telling ?? Infinity;
      if (gain > best && next > ofIntent[i].input.telling) {
        best = gain;
        bar = next === Infinity ? ofIntent[i].input.telling + 1e-6 : (ofIntent[i].input.telling + next) / 2;
      }
    }
    if (bar > 0) bars[intent as DecisionIntent] = Math.round(bar * 1e4) / 1e4;
  }
  return bars;
}

interface Tally {
  right: number;
  heldRight: number;
  wrong: number;
  madeStated: number;
  madeHeld: number;
}

function tally(rows: Row[], bars: EvidenceBar): Tally {
  const t: Tally = { right: 0, heldRight: 0, wrong: 0, madeStated: 0, madeHeld: 0 };
  for (const r of rows) {
    const held = !r.input.draft && !r.input.verbatim && r.input.telling < (bars[r.input.intent] ?? 0);
    if (r.made) {
      if (held) t.madeHeld++;
      else t.madeStated++;
    } else if (r.label === "right") {
      if (held) t.heldRight++;
      else t.right++;
    } else if (r.label === "wrong" && !held) t.wrong++;
  }
  return t;
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const files = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--cost").map((f) => resolve(f));
  if (!files.length) {
    console.error("usage: npm run fit:evidence-bar -- [--write] [--cost N] <chat or typos set.jsonl> …");
    process.exit(2);
  }
  const cost = Number(flag("--cost") ?? 6);
  const { rows, tried } = collect(files);
  const traps = files.flatMap((f) => readRows(f)).filter((r) => r.expect === "no_match").length;
  const made = rows.filter((r) => r.made).length;
  // A trap is made of every answerable question, where the sets hold a few: each made trap stands for
  // the real traps' share of them.
  const madeCost = tried ? (cost * traps) / tried : 0;
  console.log(`${rows.length} stated answers (${made} of ${tried} made traps; ${traps} real traps; a made trap stated costs ${madeCost.toFixed(2)})`);
  const letters = [...new Set(rows.map((r) => r.letter))].sort();
  console.log("LEAVE-ONE-SET-OUT: each letter held back by the bar fitted on the others");
  const sum: Tally = { right: 0, heldRight: 0, wrong: 0, madeStated: 0, madeHeld: 0 };
  for (const l of letters) {
    const bars = fit(rows.filter((r) => r.letter !== l), cost, madeCost);
    const t = tally(rows.filter((r) => r.letter === l), bars);
    for (const k of Object.keys(sum) as (keyof Tally)[]) sum[k] += t[k];
    console.log(`  ${l}  bars ${JSON.stringify(bars)}  right stated ${t.right}, held back ${t.heldRight}; wrong stated ${t.wrong}; made traps stated ${t.madeStated}, held back ${t.madeHeld}`);
  }
  console.log(`  ALL right stated ${sum.right}, held back ${sum.heldRight}; wrong stated ${sum.wrong}; made traps stated ${sum.madeStated}, held back ${sum.madeHeld}`);
  const bars = fit(rows, cost, madeCost);
  console.log(`fitted on all: ${JSON.stringify(bars)}`);
  if (args.includes("--write")) {
    const raw = JSON.parse(readFileSync(ANSWER_BAR_FILE, "utf8")) as Record<string, unknown>;
    raw.evidence = bars;
    raw.evidenceAbout = `Fitted by scripts/fit-evidence-bar.ts on ${rows.length} stated answers of sets ${letters.join("")}, ${made} of them on traps made by leaving out the records of a question's evidence (of ${tried} made; a wrong answer costs ${cost} right ones, a made trap ${madeCost.toFixed(2)}).`;
    const tmp = `${ANSWER_BAR_FILE}.tmp`;
    writeFileSync(tmp, JSON.stringify(raw, null, 2) + "\n");
    renameSync(tmp, ANSWER_BAR_FILE);
    console.log(`wrote ${ANSWER_BAR_FILE}`);
  }
}

main();
