// `npm run train:ingest -- <PolNeAR folder>`: learns the weights of the scoring stage
// (src/ingest/scoring.ts) and writes src/ingest/data/weights-en.json.
// Examples: every draft quote given a speaker (margin 0, so that nothing is hidden from training)
// that overlaps an annotated statement with a named source in PolNeAR's TRAIN split (scripts/polnear.ts),
// labelled by whether its speaker is the annotated one, when that speaker is named (labelledByNamedGold); plus the repo's own invented English articles
// (tests/fixtures/ingest/*.expected.json); with `--real <folder>` (repeatable) our own annotated real English sets
// too (NAME.txt + gold.jsonl, outside the repository). Only feature weights leave this script, never text.
// `--leave-one-out [--show-wrong]`: for each real set, weights and margins fitted without it, and its draft quotes kept or hidden
// by them (the held-out figure); writes nothing.
// Model: L2-regularized logistic regression fitted by full-batch gradient descent.
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { splitLines } from "../src/corpus/load.js";
import type { CorpusFile } from "../src/corpus/schema.js";
import { scoreAttributions, type ExpectedAttribution } from "../src/ingest/evaluate.js";
import { extractDetailed } from "../src/ingest/extract.js";
import { draftStatements, overlaps } from "../src/ingest/measure.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { readRealSet } from "./eval-real.js";
import { goldOf, readSplit } from "./polnear.js";

interface Example { features: string[]; right: boolean; weight?: number; set?: string }

/** The wrong-speaker costs the margins are swept over (a kept wrong speaker weighs as much as this many right ones). */
const COSTS = [1, 2, 3, 4, 5, 6, 8, 10, 15, 25];

/** The repo's own invented articles each hold a construction the extractor must keep: they weigh more. */
const FIXTURE_WEIGHT = 5;

/** Annotated statements of PolNeAR train that some draft quote overlaps (with or without a speaker): the
 *  "found" of the measure, against which the wrong speakers a margin keeps are counted. */
let foundOnTrain = 0;

/** PolNeAR's gold (and our real sets') holds only statements whose source is named. A speaker drafted as an unnamed
 *  group or a described person ("three freight sources", "a Reuters photographer") is labelled there only when it is
 *  wrong (it overlaps a named source's statement); when it is right, the statement is not in the gold and the row is
 *  lost. Such rows would teach the features of unnamed sources a bias, not a rate: they are left out, and those
 *  features are learned from the invented articles, which expect unnamed sources as they expect names. */
function labelledByNamedGold(draft: CorpusFile, quote: number): boolean {
  const s = draft.speakers.find((x) => x.id === draft.quotes[quote].speaker);
  return !!s && s.kind !== "group" && !(s.role && s.name.toLowerCase() === s.role.toLowerCase());
}

function polnearExamples(root: string): Example[] {
  const out: Example[] = [];
  for (const a of readSplit(root, "train")) {
    const gold = goldOf(a);
    const { draft, features } = extractDetailed(a.text, { id: "train", lang: "en", file: "train.en.txt" }, 0);
    const drafts = draftStatements(draft, a.text);
    foundOnTrain += gold.filter((g) => drafts.some((d) => overlaps(g.spans, d.span))).length;
    for (const d of drafts) {
      if (!d.forms || !labelledByNamedGold(draft, d.quote)) continue;
      const hits = gold.filter((g) => overlaps(g.spans, d.span));
      if (!hits.length) continue;
      out.push({ features: features[d.quote], right: hits.some((g) => g.accepts(d.forms!)) });
    }
  }
  return out;
}

/** Our own annotated real English sets (NAME.txt + gold.jsonl, kept outside the repository; `--real <folder>`):
 *  labelled as PolNeAR's, each example tagged with its set for the leave-one-set-out figures. */
function realExamples(folder: string): { examples: Example[]; found: number } {
  const out: Example[] = [];
  let found = 0;
  for (const a of readRealSet(folder).articles.filter((x) => x.lang === "en")) {
    const { draft, features } = extractDetailed(a.text, { id: "real", lang: "en", file: "real.en.txt" }, 0);
    const drafts = draftStatements(draft, a.text);
    found += a.gold.filter((g) => drafts.some((d) => overlaps(g.spans, d.span))).length;
    for (const d of drafts) {
      if (!d.forms || !labelledByNamedGold(draft, d.quote)) continue;
      const hits = a.gold.filter((g) => overlaps(g.spans, d.span));
      if (hits.length) out.push({ features: features[d.quote], right: hits.some((g) => g.accepts(d.forms!)), set: folder });
    }
  }
  return { examples: out, found };
}

function fixtureExamples(): Example[] {
  const dir = join(PROJECT_ROOT, "tests", "fixtures", "ingest");
  const out: Example[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".expected.json")).sort()) {
    const exp = JSON.parse(readFileSync(join(dir, f), "utf8")) as { lang: string; attributions: ExpectedAttribution[] };
    if (exp.lang !== "en") continue;
    const text = readFileSync(join(dir, f.replace(/\.expected\.json$/, ".txt")), "utf8");
    const { draft, features } = extractDetailed(text, { id: "fixture", lang: "en", file: "fixture.en.txt" }, 0);
    // A fixture's list is complete (extract.test: nothing kept that it does not expect), so every other speaker is wrong.
    draft.quotes.forEach((q, i) => {
      if (!q.speaker) return;
      const one = { ...draft, quotes: [q] };
      const s = scoreAttributions(one, splitLines(text), exp.attributions);
      out.push({ features: features[i], right: s.truePredicted === 1, weight: FIXTURE_WEIGHT });
    });
  }
  return out;
}

export function train(examples: Example[], epochs = 3000, rate = 1, l2 = 1e-4): { bias: number; weights: Record<string, number> } {
  const names = [...new Set(examples.flatMap((e) => e.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => ({ x: [...new Set(e.features)].map((f) => index.get(f)!), y: e.right ? 1 : 0, k: e.weight ?? 1 }));
  const total = rows.reduce((n, r) => n + r.k, 0);
  const w = new Float64Array(names.length);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const g = new Float64Array(names.length);
    let gb = 0;
    for (const r of rows) {
      const z = r.x.reduce((s, i) => s + w[i], b);
      const err = r.k * (1 / (1 + Math.exp(-z)) - r.y);
      gb += err;
      for (const i of r.x) g[i] += err;
    }
    b -= (rate * gb) / total;
    for (let i = 0; i < w.length; i++) w[i] -= rate * (g[i] / total + l2 * w[i]);
  }
  // Every feature seen is written, a zero weight included: tests/ingest/weights-coverage tells a feature the weights
  // have never seen (one added to scoring.ts since the last training) from one learned to be worth nothing.
  const weights: Record<string, number> = {};
  names.forEach((n, i) => {
    weights[n] = Math.round(w[i] * 10000) / 10000 || 0;
  });
  return { bias: Math.round(b * 10000) / 10000, weights };
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join("scripts", "train-ingest.js"))) {
  const args = process.argv.slice(2);
  const realFolders = args.flatMap((a, i) => (args[i - 1] === "--real" ? [resolve(a)] : []));
  const root = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--real");
  if (!root) {
    console.error("usage: npm run train:ingest -- <PolNeAR folder> [--real <real English set folder> …] [--leave-one-out [--show-wrong]]   (uses PolNeAR's train split only)");
    process.exit(2);
  }
  const real = realFolders.map((f) => ({ folder: f, ...realExamples(f) }));
  const examples = [...polnearExamples(resolve(root)), ...real.flatMap((r) => r.examples), ...fixtureExamples()];
  for (const r of real) foundOnTrain += r.found;
  if (process.env.QB_TRAIN_DUMP) writeFileSync(process.env.QB_TRAIN_DUMP, JSON.stringify(examples));
  const forced = process.env.QB_WRONG_COST ? Number(process.env.QB_WRONG_COST) : null;
  if (args.includes("--leave-one-out")) {
    // The honest figure for each real set: weights and margins fitted without it (PolNeAR train, the other sets,
    // the invented articles), then its own draft quotes kept or hidden by them. Nothing is written. Every cost of
    // the sweep is held out too: the cost to commit is the lowest whose held-out wrong speakers, pooled over the
    // sets, stay at or under TARGET_WRONG of the statements they found.
    const folds = real.map((r) => ({ r, fitted: fit(examples.filter((e) => e.set !== r.folder), foundOnTrain - r.found, forced, false) }));
    const total = { right: 0, wrong: 0, found: 0, rightAll: 0, wrongAll: 0 };
    for (const { r, fitted } of folds) {
      const kept = r.examples.filter((e) => fitted.keeps(e));
      const right = kept.filter((e) => e.right).length;
      const wrong = kept.length - right;
      const rightAll = r.examples.filter((e) => e.right).length;
      total.right += right; total.wrong += wrong; total.found += r.found; total.rightAll += rightAll; total.wrongAll += r.examples.length - rightAll;
      // The features of each wrong speaker kept (no text leaves the script): what the next feature has to separate.
      if (args.includes("--show-wrong")) for (const e of kept.filter((x) => !x.right)) console.log(`  wrong kept: ${e.features.join(" ")}`);
      console.log(`held out ${r.folder}: ${r.found} statements found; margin 0 keeps ${rightAll} right, ${r.examples.length - rightAll} wrong; fitted margins ${JSON.stringify(fitted.margin)} keep ${right} right, ${wrong} wrong (${((100 * wrong) / Math.max(1, r.found)).toFixed(1)}% of found)`);
    }
    console.log(`held out, all sets: ${total.found} found; margin 0 keeps ${total.rightAll} right, ${total.wrongAll} wrong; fitted margins keep ${total.right} right, ${total.wrong} wrong (${((100 * total.wrong) / Math.max(1, total.found)).toFixed(1)}% of found)`);
    for (const cost of COSTS) {
      let right = 0;
      let wrong = 0;
      for (const { r, fitted } of folds) {
        const keeps = fitted.keepsAt(cost);
        const kept = r.examples.filter(keeps);
        right += kept.filter((e) => e.right).length;
        wrong += kept.filter((e) => !e.right).length;
      }
      console.log(`held out, cost ${String(cost).padStart(2)}: keeps ${right} right, ${wrong} wrong (${((100 * wrong) / Math.max(1, total.found)).toFixed(1)}% of found)`);
    }
  } else {
    const { model, margin } = fit(examples, foundOnTrain, forced, true);
    const out = join(PROJECT_ROOT, "src", "ingest", "data", "weights-en.json");
    const sorted = { margin, bias: model.bias, weights: Object.fromEntries(Object.entries(model.weights).sort((a, b) => a[0].localeCompare(b[0]))) };
    writeFileSync(`${out}.tmp`, `${JSON.stringify(sorted, null, 1)}\n`);
    renameSync(`${out}.tmp`, out);
    console.log(`wrote ${out}`);
  }
}

/** One group's margin. The invented articles bound it: it stays above every speaker they call wrong and below every
 *  one they expect (each is a construction the blind sets proved). Within those bounds, the step that keeps the most
 *  right PolNeAR speakers less `cost` times its wrong ones; a gap between the bounds narrower than the steps gets its
 *  middle. When the bounds cross (`crossed`), the expected speakers win: the margin sits under the lowest of them. */
export function groupMargin(rows: { p: number; right: boolean; fixture: boolean }[], cost: number): { margin: number; crossed: boolean } {
  const rightP = rows.filter((r) => r.fixture && r.right).map((r) => r.p);
  const wrongP = rows.filter((r) => r.fixture && !r.right).map((r) => r.p);
  const upper = rightP.length ? Math.floor((Math.min(...rightP) - 0.005) * 1000) / 1000 : 0.95;
  const lower = wrongP.length ? Math.ceil((Math.max(...wrongP) + 0.005) * 1000) / 1000 : 0;
  if (lower > upper) return { margin: upper, crossed: true };
  const steps = Array.from({ length: 19 }, (_, i) => 0.5 + i * 0.025).filter((m) => m >= lower && m <= upper);
  if (!steps.length) return { margin: Math.round(((lower + upper) / 2) * 1000) / 1000, crossed: false };
  const gain = (m: number) => {
    const kept = rows.filter((r) => !r.fixture && r.p >= m);
    const wrong = kept.filter((r) => !r.right).length;
    return kept.length - wrong - cost * wrong;
  };
  const m = steps.reduce((best, x) => (gain(x) > gain(best) ? x : best), steps[0]);
  return { margin: Math.round(m * 1000) / 1000, crossed: false };
}

/** Weights fitted on `examples` and the margins chosen on them (see the comment inside); `found`: the statements
 *  those examples' articles have found, against which the kept wrong speakers are counted. */
function fit(examples: Example[], found: number, forced: number | null, verbose: boolean) {
  const foundOnTrain = found;
  const log = (line: string) => verbose && console.log(line);
  const model = train(examples);
  const score = (e: Example) => e.features.reduce((s, f) => s + (model.weights[f] ?? 0), model.bias);
  const right = examples.filter((e) => e.right).length;
  log(`${examples.length} examples (${right} right speaker, ${examples.length - right} wrong), ${Object.keys(model.weights).length} weighted features`);
  for (const margin of [0, 0.5, 0.7, 0.8, 0.9]) {
    const kept = examples.filter((e) => 1 / (1 + Math.exp(-score(e))) >= margin);
    const wrong = kept.filter((e) => !e.right).length;
    log(`margin ${margin.toFixed(2)}: keeps ${kept.length - wrong} right, ${wrong} wrong (${((100 * wrong) / Math.max(1, kept.length)).toFixed(1)}% wrong)`);
  }
  // Margins, one per group of attributions: the patterns' names, the patterns' other mentions (bodies,
  // groups, titles, pronouns), the cue stage. Each keeps the most right speakers of the group on PolNeAR
  // train less WRONG_COST times its wrong ones, between the bounds the invented articles set (groupMargin).
  // The cost is tuned on train too: the lowest cost (the most right speakers kept) whose margins keep the
  // wrong speakers at or under TARGET_WRONG of the statements found (issue 11: ≤ 2% wrong among found);
  // QB_WRONG_COST forces one. The committed weights are `QB_WRONG_COST=5 npm run train:ingest -- <PolNeAR>`: margins
  // 0.825 (patterns' names), 0.8 (their other mentions), 0.8 (cues), 2.02% of found on train. The rule's own pick
  // (no option) is cost 8 there, whose cue margin of 0.85 keeps 7 fewer right speakers on PolNeAR dev (717 against
  // 724) for the same 10 wrong, and fewer on en-S and en-U.
  const probability = (e: Example) => 1 / (1 + Math.exp(-score(e)));
  const TARGET_WRONG = 0.02;
  const groups = {
    patterns: (e: Example) => e.features.includes("stage:patterns") && e.features.includes("mention:name"),
    patternsOther: (e: Example) => e.features.includes("stage:patterns") && !e.features.includes("mention:name"),
    cues: (e: Example) => !e.features.includes("stage:patterns"),
  };
  const wrongRate = (set: Example[], m: number) => {
    const kept = set.filter((e) => !e.weight && probability(e) >= m);
    return { kept: kept.length, wrong: kept.filter((e) => !e.right).length };
  };
  const marginsFor = (cost: number) => {
    const margin: Record<string, number> = {};
    let right = 0;
    let wrong = 0;
    for (const [name, member] of Object.entries(groups)) {
      const set = examples.filter(member);
      const chosen = groupMargin(set.map((e) => ({ p: probability(e), right: e.right, fixture: !!e.weight })), cost);
      if (chosen.crossed && verbose) log(`  ${name} at cost ${cost}: a fixture's wrong speaker scores above a fixture's right one; margin ${chosen.margin} keeps the right ones`);
      margin[name] = chosen.margin;
      const r = wrongRate(set, margin[name]);
      right += r.kept - r.wrong;
      wrong += r.wrong;
    }
    return { margin, right, wrong };
  };
  log(`${foundOnTrain} statements found (PolNeAR train and the real sets)`);
  const sweep = COSTS.map((cost) => ({ cost, ...marginsFor(cost) }));
  for (const c of sweep) log(`cost ${String(c.cost).padStart(2)}: keeps ${c.right} right, ${c.wrong} wrong (${((100 * c.wrong) / Math.max(1, foundOnTrain)).toFixed(2)}% of found) ${JSON.stringify(c.margin)}`);
  const chosen = forced !== null ? { cost: forced, ...marginsFor(forced) }
    : sweep.find((c) => c.wrong <= TARGET_WRONG * foundOnTrain) ?? sweep[sweep.length - 1];
  const margin = chosen.margin;
  log(`cost ${chosen.cost}${forced !== null ? " (QB_WRONG_COST)" : ""}: margins ${JSON.stringify(margin)}`);
  const keepsWith = (m: Record<string, number>) => (e: Example) => {
    const group = Object.entries(groups).find(([, member]) => member(e))![0];
    return probability(e) >= m[group];
  };
  const keeps = keepsWith(margin);
  /** What the margins a given cost picks would keep. */
  const keepsAt = (cost: number) => keepsWith(marginsFor(cost).margin);
  return { model, margin, keeps, keepsAt };
}
