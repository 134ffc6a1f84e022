// Fits the answer bar (src/engine/answer-bar.ts): runs the engine, with its rules alone deciding, on
// annotated question sets kept outside the repo, records what each status was decided on with the
// label of the candidate that would be stated (right / wrong speaker / should abstain), fits a
// cost-weighted logistic model (a wrong answer costs --cost abstentions, QB_WRONG_COST, 6 by default)
// and prints leave-one-set-out figures: trained on every letter but one, scored on that one.
//
// Usage: npm run fit:answer-bar -- [--write] [--cost N] [--rows rows.jsonl] [--collect-only] <set> …
//   <set>: a question file (chat, typos, follow-ups: {id, q, expect, speaker, evidence, context?}),
//   asked of the built-in corpus; or a folder of articles (*.txt) with questions-ar.jsonl and
//   questions-en.jsonl ({article, q, speaker: [names] | null}), ingested as drafts as eval:unseen does.
//   A set's letter is the capital after its last "-" (chat-F.jsonl, ar-F): the unit left out.
//   --rows FILE reuses rows collected before (no engine run); --write saves data/answer-bar.json.
//   --keep-bar N sets keep's bar by hand (0: what the rules state is stated), the fitted one kept as keepFittedBar.
//   Leave-one-set-out figures are of the model as it would ship: the file's promoteCross and evidence bar with it.
//   --cross fits only promoteCross (questions in the other language than the article's, held back by the
//   rules) leave-one-set-out, raising its bar until no letter left out gets a wrong answer; keep and
//   promote stay as the file has them, and a refit without --cross keeps the file's promoteCross.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { ANSWER_BAR_FILE, answerBar, decideStatus, featureVector, probability, type AnswerBarModel, type DecisionInput, type HeldBack, type Logistic } from "../src/engine/answer-bar.js";
import { DEFAULT_CORPUS_DIR, RULES_ONLY, contextOf, loadEngine, type Answer, type ConversationContext, type Engine, type StatusDecision } from "../src/index.js";
import { ingestFile } from "../src/ingest/ingest.js";
import { loadSpeakers, norm, readRows, type QuestionRow } from "./eval-questions.js";
import { holdsEvidence, kindOf, namesSpeaker, type Question as UnseenQuestion } from "./eval-unseen.js";

/** What stating a verdict's best candidate would be: right, a wrong speaker (or an answer to a trap), or neither (right speaker, other words). */
type Label = "right" | "wrong" | "neutral";

interface Row {
  set: string;
  letter: string;
  id: string;
  q: string;
  /** The question is a trap: nothing may be stated. */
  trap: boolean;
  /** What the rules alone answered. */
  ruled: Answer["status"];
  /** The decision the answer came from (null: no verdict, or more than one, as in a follow-up that asks twice). */
  input: DecisionInput | null;
  label: Label | null;
}

const letterOf = (path: string): string => /-([A-Z])(?:\.jsonl)?\/?$/.exec(path)?.[1] ?? "?";

function asked(engine: Engine, q: string, context?: ConversationContext): { answer: Answer; decisions: StatusDecision[] } {
  const decisions: StatusDecision[] = [];
  const answer = engine.ask(q, { context, explain: (d) => decisions.push(d) });
  return { answer, decisions };
}

function chatRows(engine: Engine, file: string, speakers: Record<string, string[]>): Row[] {
  const set = basename(file, ".jsonl");
  return readRows(file).map((r: QuestionRow) => {
    let context: ConversationContext | undefined;
    for (const earlier of r.context ?? []) context = contextOf(engine.ask(earlier, { context }));
    const { answer, decisions } = asked(engine, r.q, context);
    const top = answer.answers[0];
    let label: Label | null = null;
    if (top) {
      if (r.expect === "no_match") label = "wrong";
      else {
        const name = norm(`${top.speaker?.name ?? ""} ${top.speaker?.nameAr ?? ""}`);
        const speakerOk = r.speaker === null || (top.speaker ? speakers[r.speaker].some((k) => name.includes(norm(k))) : r.speaker.endsWith("_or_none"));
        const evidence = (r.evidence ?? []).some((e) => norm(`${top.text} ${top.context}`).includes(norm(e)));
        label = !speakerOk ? "wrong" : evidence ? "right" : "neutral";
      }
    }
    return { set, letter: letterOf(file), id: r.id, q: r.q, trap: r.expect === "no_match", ruled: answer.status, input: decisions.length === 1 ? decisions[0].input : null, label };
  });
}

function draftRows(folder: string): Row[] {
  const corpus = mkdtempSync(join(tmpdir(), "qb-fit-bar-"));
  try {
    cpSync(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    for (const f of readdirSync(folder).filter((f) => f.endsWith(".txt")).sort()) ingestFile(join(folder, f), { corpusDir: corpus });
    const engine = loadEngine(corpus, { answerBar: RULES_ONLY });
    const rows: Row[] = [];
    for (const lang of ["ar", "en"]) {
      const file = join(folder, `questions-${lang}.jsonl`);
      if (!existsSync(file)) continue;
      const set = `${basename(folder)}/q-${lang}`;
      const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim());
      lines.forEach((line, n) => {
        const r = JSON.parse(line) as UnseenQuestion;
        const { answer, decisions } = asked(engine, r.q);
        const top = answer.answers[0];
        // Labelled as eval:unseen judges a row (a fact question holds its evidence, a trap has neither), but
        // for the candidate the rules put first, whatever status they gave it.
        const kind = kindOf(r);
        let label: Label | null = null;
        if (top) label = (kind === "fact" ? holdsEvidence(r.evidence!, top) : kind === "said" && namesSpeaker(r.speaker!, top)) ? "right" : "wrong";
        rows.push({ set, letter: letterOf(folder), id: `${r.article}#${n}`, q: r.q, trap: kind === "trap", ruled: answer.status, input: decisions.length === 1 ? decisions[0].input : null, label });
      });
    }
    return rows;
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

// ---- the model ----

const NAMES = Object.keys(featureVector(RULES_ONLY_INPUT()));
function RULES_ONLY_INPUT(): DecisionInput {
  return {
    ruled: true, heldBack: null, intent: "who_said", score: 0, rival: 0, speakers: 1, direct: 0, held: 0, telling: 1, evidence: true, verbatim: false,
    close: 1, opposite: false, script: "en", crossLanguage: false, corrections: 0, oneWord: false, quoted: false, hint: false, draft: false, confidence: 1,
  };
}

const vectorOf = (input: DecisionInput): number[] => {
  const v = featureVector(input);
  return NAMES.map((n) => v[n]);
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Logistic regression by gradient descent: wrong examples weigh `cost`, right ones 1; L2 keeps weights small. */
function fitLogistic(xs: number[][], ys: number[], cost: number, l2 = 0.01, steps = 4000, rate = 0.5): { w: number[]; b: number } {
  const d = NAMES.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const weightOf = (y: number) => (y ? 1 : cost);
  const total = ys.reduce((a, y) => a + weightOf(y), 0);
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < xs.length; i++) {
      let z = b;
      for (let j = 0; j < d; j++) z += w[j] * xs[i][j];
      const err = (sigmoid(z) - ys[i]) * weightOf(ys[i]);
      for (let j = 0; j < d; j++) g[j] += err * xs[i][j];
      gb += err;
    }
    for (let j = 0; j < d; j++) w[j] -= rate * (g[j] / total + l2 * w[j]);
    b -= rate * (gb / total);
  }
  return { w, b };
}

const trainable = (r: Row): r is Row & { input: DecisionInput; label: Label } => r.input !== null && r.label !== null;
type Trainable = Row & { input: DecisionInput; label: Label };

const gain = (r: Trainable, cost: number) => (r.label === "right" ? 1 : r.label === "wrong" ? -cost : 0);

/** The bar (a probability) over which stating `rows` gains most, right counting 1 and wrong -cost; 2 when stating none is best. */
function bestBar(rows: Trainable[], p: (r: Trainable) => number, cost: number, noWrong: boolean): number {
  const ranked = rows.map((r) => ({ p: p(r), g: gain(r, cost), wrong: r.label === "wrong" })).sort((a, b) => b.p - a.p);
  let total = 0;
  let best = 0;
  let bar = 2;
  for (let i = 0; i < ranked.length; i++) {
    if (noWrong && ranked[i].wrong) break;
    total += ranked[i].g;
    // Between two candidates' probabilities: a bar at one would hang on rounding.
    const next = ranked[i + 1]?.p ?? 0;
    if (total > best && next < ranked[i].p) {
      best = total;
      bar = (ranked[i].p + next) / 2;
    }
  }
  return bar;
}

function logisticOf(rows: Trainable[], cost: number, l2: number): Logistic {
  const train = rows.filter((r) => r.label !== "neutral");
  const { w, b } = fitLogistic(train.map((r) => vectorOf(r.input)), train.map((r) => (r.label === "right" ? 1 : 0)), cost, l2);
  return { weights: Object.fromEntries(NAMES.map((n, j) => [n, round(w[j])]).filter(([, x]) => x !== 0)), bias: round(b), bar: 2 };
}

/**
 * The model fitted on `rows`. `keep` on what the rules state: its bar holds back what costs more wrong
 * answers than it brings right ones. `promote` on what they hold back (hard reasons aside): its bar is
 * the one that gains most while stating no wrong candidate of the training rows. The suggest bar offers
 * what is right at least as often as not.
 */
function fit(rows: Row[], cost: number, promoteCost: number, hard: HeldBack[], caution = 0): AnswerBarModel {
  const all = rows.filter(trainable);
  const ruled = all.filter((r) => r.input.ruled);
  const held = all.filter((r) => !r.input.ruled && !(r.input.heldBack && hard.includes(r.input.heldBack)));
  const keep = logisticOf(ruled, cost, 0.01);
  keep.bar = bestBar(ruled, (r) => probability(keep, r.input), cost, false);
  const promote = logisticOf(held, promoteCost, Number(process.env.QB_PROMOTE_L2 ?? 0.03));
  // The bar just over the training's likeliest wrong candidate, raised by `caution` (in log-odds).
  const least = bestBar(held, (r) => probability(promote, r.input), promoteCost, true);
  promote.bar = least >= 1 ? 2 : 1 / (1 + Math.exp(-(Math.log(least / (1 - least)) + caution)));
  // The suggest bar: the labels judge a verdict's best candidate only, while a suggestion offers up to
  // three, so they cannot tell a useful suggestion from a useless one. Every suggestion the rules make
  // is kept (bar 0); the bar the labels would set is printed, not used.
  const offered = held.filter((r) => probability(promote, r.input) < promote.bar);
  suggestBarSeen = Math.min(promote.bar, bestBar(offered, (r) => probability(promote, r.input), SUGGESTION_MISS_COST, false));
  return { keep, promote, suggest: 0, hard };
}

/** A held-back verdict the cross-language model decides: asked in the other language, no hard reason, not the opposite of the question. */
const crossHeld = (r: Trainable, hard: HeldBack[]) => r.input.crossLanguage && !r.input.ruled && !r.input.opposite && !(r.input.heldBack && hard.includes(r.input.heldBack));

/**
 * `promoteCross` alone, on the cross-language verdicts the rules hold back: fitted on those rows, its
 * bar the one that gains most while stating no wrong training row, raised by `caution` (log-odds).
 */
function fitCross(rows: Row[], cost: number, hard: HeldBack[], caution: number): Logistic {
  const held = rows.filter(trainable).filter((r) => crossHeld(r, hard));
  const model = logisticOf(held, cost, Number(process.env.QB_PROMOTE_L2 ?? 0.03));
  const least = bestBar(held, (r) => probability(model, r.input), cost, true);
  model.bar = least >= 1 ? 2 : 1 / (1 + Math.exp(-(Math.log(least / (1 - least)) + caution)));
  return model;
}

/** The file's model with `promoteCross` fitted leave-one-set-out until no letter left out gets a wrong answer. */
function mainCross(rows: Row[], letters: string[], cost: number, hard: HeldBack[], flagged: string | undefined): { model: AnswerBarModel; caution: number } {
  const file = answerBar();
  let caution = Number(flagged ?? 0);
  for (;;) {
    const held = new Map(letters.map((l) => [l, { ...file, promoteCross: fitCross(rows.filter((r) => r.letter !== l), cost, hard, caution) }]));
    const { added } = report(rows, (l) => held.get(l)!, `CROSS-LANGUAGE LEAVE-ONE-SET-OUT (cost ${cost}, caution ${caution}): promoteCross fitted on the other letters, keep and promote as in the file`);
    if (!added || flagged !== undefined || caution >= 6) break;
    caution += 0.25;
  }
  const model = { ...file, promoteCross: fitCross(rows, cost, hard, caution) };
  report(rows, () => model, `CROSS-LANGUAGE IN-SAMPLE (cost ${cost}, caution ${caution}; a regression guard only)`);
  return { model, caution };
}

/** A suggestion states nothing: one that misses costs the asker a glance, a quarter of what a useful one brings. */
const SUGGESTION_MISS_COST = 0.25;
let suggestBarSeen = 0;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

function statusOf(model: AnswerBarModel | null, r: Row): Answer["status"] {
  if (!model || !r.input) return r.ruled;
  return decideStatus(model, r.input);
}

interface Tally {
  answerable: number;
  right: number;
  traps: number;
  abstained: number;
  wrong: number;
  suggested: number;
  /** Stated though the rules held them back (right, wrong), and held back though the rules stated them. */
  promoted: [number, number];
  demoted: [number, number];
  newWrong: string[];
}

function tally(rows: Row[], model: AnswerBarModel | null): Tally {
  const t: Tally = { answerable: 0, right: 0, traps: 0, abstained: 0, wrong: 0, suggested: 0, promoted: [0, 0], demoted: [0, 0], newWrong: [] };
  for (const r of rows) {
    const status = statusOf(model, r);
    const rulesWrong = r.ruled === "answered" && r.label === "wrong";
    if (status === "suggested") t.suggested++;
    const shift = status === "answered" && r.ruled !== "answered" ? t.promoted : status !== "answered" && r.ruled === "answered" ? t.demoted : null;
    if (shift && r.label === "right") shift[0]++;
    if (shift && r.label === "wrong") shift[1]++;
    if (r.trap) {
      t.traps++;
      if (status === "answered") t.wrong++;
      else t.abstained++;
    } else {
      t.answerable++;
      if (status === "answered" && r.label === "right") t.right++;
      if (status === "answered" && r.label === "wrong") t.wrong++;
    }
    if (status === "answered" && r.label === "wrong" && !rulesWrong) t.newWrong.push(`${r.set} ${r.id}: ${r.q.slice(0, 80)}`);
  }
  return t;
}

const show = (t: Tally) =>
  `right ${t.right}/${t.answerable}, traps abstained ${t.abstained}/${t.traps}, wrong ${t.wrong}, suggested ${t.suggested}` +
  (t.promoted[0] + t.promoted[1] + t.demoted[0] + t.demoted[1] ? ` (stated +${t.promoted[0]} right +${t.promoted[1]} wrong; held back ${t.demoted[0]} right ${t.demoted[1]} wrong)` : "");

function report(rows: Row[], modelFor: (letter: string) => AnswerBarModel, title: string): { added: number; gained: number } {
  console.log(`\n${title}`);
  let added = 0;
  let gained = 0;
  for (const set of [...new Set(rows.map((r) => r.set))]) {
    const ofSet = rows.filter((r) => r.set === set);
    const before = tally(ofSet, null);
    const after = tally(ofSet, modelFor(ofSet[0].letter));
    added += after.newWrong.length;
    gained += after.right - before.right;
    console.log(`  ${set.padEnd(18)} rules: ${show(before)}  →  fitted: ${show(after)}`);
    for (const w of after.newWrong) console.log(`      NEW WRONG ${w}`);
  }
  const all = (m: ((l: string) => AnswerBarModel) | null) => {
    const ts = [...new Set(rows.map((r) => r.letter))].map((l) => tally(rows.filter((r) => r.letter === l), m ? m(l) : null));
    return ts.reduce((a, t) => ({
      ...a, answerable: a.answerable + t.answerable, right: a.right + t.right, traps: a.traps + t.traps, abstained: a.abstained + t.abstained, wrong: a.wrong + t.wrong, suggested: a.suggested + t.suggested,
      promoted: [a.promoted[0] + t.promoted[0], a.promoted[1] + t.promoted[1]], demoted: [a.demoted[0] + t.demoted[0], a.demoted[1] + t.demoted[1]],
    }));
  };
  console.log(`  ALL                rules: ${show(all(null))}  →  fitted: ${show(all(modelFor))}`);
  return { added, gained };
}

function writeAtomic(out: object): void {
  const tmp = `${ANSWER_BAR_FILE}.tmp`;
  writeFileSync(tmp, JSON.stringify(out, null, 2) + "\n");
  renameSync(tmp, ANSWER_BAR_FILE);
  console.log(`wrote ${ANSWER_BAR_FILE}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sets = args.filter((a, i) => !a.startsWith("--") && !["--cost", "--promote-cost", "--caution", "--rows", "--keep-bar"].includes(args[i - 1] ?? ""));
  const rowsFile = flag("--rows");
  let rows: Row[];
  if (rowsFile && existsSync(rowsFile) && !sets.length) {
    rows = readFileSync(rowsFile, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  } else {
    if (!sets.length) {
      console.error("usage: npm run fit:answer-bar -- [--write] [--cost N] [--rows rows.jsonl] [--collect-only] <question file or article folder> …");
      process.exit(2);
    }
    const chat = loadEngine(DEFAULT_CORPUS_DIR, { answerBar: RULES_ONLY });
    const speakers = loadSpeakers();
    rows = [];
    for (const s of sets.map((x) => resolve(x))) {
      const found = statSync(s).isDirectory() ? draftRows(s) : chatRows(chat, s, speakers);
      console.error(`${s}: ${found.length} questions, ${found.filter((r) => r.input).length} with one decision`);
      rows.push(...found);
    }
    if (rowsFile) writeFileSync(rowsFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  }
  if (args.includes("--collect-only")) return;

  const byHeld = new Map<string, Record<Label, number>>();
  for (const r of rows.filter(trainable)) {
    const k = `${r.input.ruled ? "ruled" : r.input.heldBack}`;
    const c = byHeld.get(k) ?? { right: 0, wrong: 0, neutral: 0 };
    c[r.label]++;
    byHeld.set(k, c);
  }
  console.log("candidates by the rules' reason (right / wrong / neutral):");
  for (const [k, c] of byHeld) console.log(`  ${k.padEnd(16)} ${c.right} / ${c.wrong} / ${c.neutral}`);

  // Reasons the model never overrules: traps are what they guard against (a place no record knows, a
  // question read only through corrections, one shared word or the opposite words); a quote of the named
  // speaker that does not say the asked topic is no answer to "what did Y say about Z"; a speaker the
  // extractor was unsure of is not made sure by the words of the question.
  const hard: HeldBack[] = ["unknown_place", "unmentioned_name", "nothing_known", "renames_entity", "topic_missing", "not_answerable", "draft_unsure"];
  const letters = [...new Set(rows.map((r) => r.letter))].sort();
  // A wrong answer costs `cost` abstentions. Holding back what the rules state never adds a wrong
  // answer; stating what they hold back may: its cost is raised until leaving any set out adds none.
  const cost = Number(flag("--cost") ?? process.env.QB_WRONG_COST ?? 6);
  // Raising the cost alone moves the bar little once it states no training wrong: the bar is then
  // raised over that wrong by a margin (log-odds) too, until no letter left out gets a wrong answer.
  const promoteCost = Number(flag("--promote-cost") ?? cost);
  if (args.includes("--cross")) {
    const { model, caution } = mainCross(rows, letters, promoteCost, hard, flag("--caution"));
    const m = model.promoteCross!;
    console.log(`\npromoteCross: bar ${m.bar}, bias ${m.bias}`);
    for (const [n, w] of Object.entries(m.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) console.log(`  ${n.padEnd(26)} ${w}`);
    if (args.includes("--write")) {
      const raw = JSON.parse(readFileSync(ANSWER_BAR_FILE, "utf8")) as Record<string, unknown>;
      const crossAbout = `promoteCross fitted by scripts/fit-answer-bar.ts --cross on the cross-language held-back verdicts of ${rows.length} questions of sets ${letters.join("")} (cost ${promoteCost}, caution ${caution}: no letter left out gets a wrong answer).`;
      writeAtomic({ ...raw, crossAbout, promoteCross: m });
    }
    return;
  }
  // The shipped model on the same rows: held out for every letter its `about` does not list, it is what a refit must beat.
  const file = answerBar();
  report(rows, () => file, "THE FILE'S MODEL (data/answer-bar.json as it stands)");
  // A refit is scored as it would ship: with the file's cross-language model and evidence bar (fitted
  // apart), and with keep's bar set by hand when --keep-bar says so (the file's keep.bar is 0 by hand).
  const keepBar = flag("--keep-bar") === undefined ? undefined : Number(flag("--keep-bar"));
  const shipped = (m: AnswerBarModel): AnswerBarModel => ({
    ...m,
    ...(keepBar === undefined ? {} : { keep: { ...m.keep, bar: keepBar } }),
    promoteCross: file.promoteCross ?? null,
    evidence: file.evidence,
  });
  let caution = Number(flag("--caution") ?? 0);
  for (;;) {
    const held = new Map(letters.map((l) => [l, shipped(fit(rows.filter((r) => r.letter !== l), cost, promoteCost, hard, caution))]));
    const { added } = report(rows, (l) => held.get(l)!, `LEAVE-ONE-SET-OUT (cost ${cost}, stating what the rules hold back: cost ${promoteCost}, caution ${caution}): each letter scored by the model fitted on the others`);
    if (!added || flag("--caution") || caution >= 4) break;
    caution += 0.25;
  }
  const fitted = fit(rows, cost, promoteCost, hard, caution);
  const model = shipped(fitted);
  report(rows, () => model, `IN-SAMPLE (cost ${cost}, ${promoteCost}, caution ${caution}; a regression guard only)`);
  for (const part of ["keep", "promote"] as const) {
    const m = model[part];
    console.log(`\n${part}: bar ${m.bar}, bias ${m.bias}${part === "promote" ? `, suggest bar ${model.suggest} (the labels' own: ${suggestBarSeen})` : ""}`);
    for (const [n, w] of Object.entries(m.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) console.log(`  ${n.padEnd(26)} ${w}`);
  }
  if (args.includes("--write")) {
    // The cross-language model is fitted on its own (--cross): a refit of keep and promote keeps it.
    const previous = existsSync(ANSWER_BAR_FILE) ? (JSON.parse(readFileSync(ANSWER_BAR_FILE, "utf8")) as Record<string, unknown>) : {};
    writeAtomic({
      about: `Fitted by scripts/fit-answer-bar.ts on ${rows.length} questions of sets ${letters.join("")} (a wrong answer costs ${cost} abstentions, ${promoteCost} when the rules held it back; caution ${caution}); see src/engine/answer-bar.ts.`,
      cost,
      promoteCost,
      caution,
      ...fitted,
      ...(keepBar === undefined ? {} : { keep: model.keep, keepFittedBar: fitted.keep.bar }),
      ...(previous.promoteCross ? { crossAbout: previous.crossAbout, promoteCross: previous.promoteCross } : {}),
      ...(previous.evidence ? { evidenceAbout: previous.evidenceAbout, evidence: previous.evidence } : {}),
    });
  }
}

main();
