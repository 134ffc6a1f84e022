// `npm run train:ingest-ar -- <real set folder> [<real set folder> …]`: learns the weights of the Arabic scoring
// stage (src/ingest/ar/candidates-scoring.ts) and writes src/ingest/data/weights-ar.json.
// Examples: for every attribution the rule stages find and give a speaker, every candidate speaker of the article
// with its features, labelled by whether it is the annotated speaker of an overlapping statement of a real Arabic set
// (NAME.txt + gold.jsonl, read as eval:real reads them; kept outside the repository), plus the same from the repo's
// own invented Arabic articles (tests/fixtures/ingest/*.expected.json). Only feature weights leave this script.
// Model: the same L2-regularized logistic regression as the English weights (scripts/train-ingest.ts).
// `--leave-one-out`: for each folder, fit on the others and score it (the held-out figure); writes nothing.
// Margin (the confidence gate): the highest at which no invented article's expected speaker is hidden (each is a
// construction a blind set proved), at most 0.5; a quote below it is kept without a speaker.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SpeakerRecord } from "../src/corpus/schema.js";
import { candidatesOf, type ArabicWeights } from "../src/ingest/ar/candidates-scoring.js";
import type { ExpectedAttribution } from "../src/ingest/evaluate.js";
import { extractArticle } from "../src/ingest/extract.js";
import { readArticleText } from "../src/ingest/ingest.js";
import { draftStatements, judge, overlaps, Tally } from "../src/ingest/measure.js";
import { arabicAttributions } from "../src/ingest/quotes-ar.js";
import { paragraphsOf } from "../src/ingest/segment.js";
import { resolveSpeakers } from "../src/ingest/speakers.js";
import { nameKey } from "../src/ingest/text.js";
import type { Attribution } from "../src/ingest/types.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { readRealSet } from "./eval-real.js";
import { train } from "./train-ingest.js";

interface Example { features: string[]; right: boolean; weight?: number }

const FIXTURE_WEIGHT = 1;

interface Example { features: string[]; right: boolean; weight?: number; chosen: boolean; attribution: string }

/** The rule stages on one article: attributions, the rules' speaker of each, the article's speakers. */
function stages(text: string): { found: Attribution[]; speakerOf: (string | null)[]; speakers: SpeakerRecord[]; fullText: string; lineStarts: number[] } {
  const paragraphs = paragraphsOf(text);
  const found = arabicAttributions(paragraphs);
  const fullText = text.replace(/\r\n?/g, "\n");
  const { speakers, speakerOf } = resolveSpeakers(found, "ar", "train", fullText);
  const lineStarts = [0];
  for (let i = 0; i < fullText.length; i++) if (fullText[i] === "\n") lineStarts.push(i + 1);
  return { found, speakerOf, speakers, fullText, lineStarts };
}

const formsOf = (s: SpeakerRecord) => [s.name, s.nameAr ?? "", ...s.aliases].filter(Boolean);

/** Candidate examples of one article; `rightFor(a, span, forms)`: true/false when gold covers the attribution, null when not. */
function examplesOf(key: string, text: string, rightFor: (span: [number, number], forms: string[]) => boolean | null, weight?: number): Example[] {
  const { found, speakerOf, speakers, fullText, lineStarts } = stages(text);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const out: Example[] = [];
  candidatesOf(found, speakerOf, speakers, fullText).forEach((cands, i) => {
    const a = found[i];
    const at = (lineStarts[a.paragraph - 1] ?? 0) + a.start;
    for (const c of cands) {
      const right = rightFor([at, at + a.text.length], formsOf(byId.get(c.id)!));
      if (right === null) return;
      out.push({ features: c.features, right, weight, chosen: c.id === speakerOf[i], attribution: `${key}#${i}` });
    }
  });
  return out;
}

export function realExamples(folder: string): Example[] {
  const { articles } = readRealSet(folder);
  return articles.filter((a) => a.lang === "ar").flatMap((a) => examplesOf(`${folder}/${a.name}`, a.text, (span, forms) => {
    const hits = a.gold.filter((g) => overlaps(g.spans, span));
    return hits.length ? hits.some((g) => g.accepts(forms)) : null;
  }));
}

export function fixtureExamples(): Example[] {
  const dir = join(PROJECT_ROOT, "tests", "fixtures", "ingest");
  const out: Example[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".expected.json")).sort()) {
    const exp = JSON.parse(readFileSync(join(dir, f), "utf8")) as { lang: string; attributions: ExpectedAttribution[] };
    if (exp.lang !== "ar") continue;
    const text = readFileSync(join(dir, f.replace(/\.expected\.json$/, ".txt")), "utf8").replace(/\r\n?/g, "\n");
    const lines = text.split("\n");
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
    const gold = exp.attributions.map((e) => {
      const at = (lines[e.paragraph - 1] ?? "").indexOf(e.text);
      const from = (lineStarts[e.paragraph - 1] ?? 0) + Math.max(0, at);
      return { span: [from, from + e.text.length] as [number, number], keys: new Set(e.speaker.map(nameKey)), found: at >= 0 };
    }).filter((g) => g.found);
    out.push(...examplesOf(f, text, (span, forms) => {
      const hits = gold.filter((g) => overlaps([g.span], span));
      return hits.length ? hits.some((g) => forms.some((x) => g.keys.has(nameKey(x)))) : null;
    }, FIXTURE_WEIGHT));
  }
  return out;
}

/** One row of the leave-one-set-out table: right, found and wrong among found, per way of scoring. */
function tableRow(name: string, figures: Record<"rules" | "held" | "committed", Tally>, margin: number): string {
  const cell = (t: Tally) => {
    const s = t.summary();
    return `${(100 * s.rightRate).toFixed(1).padStart(5)}% ${(100 * s.foundRate).toFixed(1).padStart(5)}% ${(100 * s.wrongAmongFound).toFixed(1).padStart(5)}% (${s.wrong})`;
  };
  const m = Number.isNaN(margin) ? "      " : `(${margin.toFixed(2)})`;
  return `${name.padEnd(8)} ${String(figures.held.summary().statements).padStart(10)} | ${cell(figures.rules)} | ${cell(figures.held)} ${m} | ${cell(figures.committed)}`;
}

/** Of the attributions whose rules' pick is right (or wrong): how many a model keeps. */
function kept(examples: Example[], w: ArabicWeights, margin: number): { right: number; wrong: number; hiddenRight: number } {
  const byAttribution = new Map<string, Example[]>();
  for (const e of examples) byAttribution.set(e.attribution, [...(byAttribution.get(e.attribution) ?? []), e]);
  const p = (e: Example) => 1 / (1 + Math.exp(-e.features.reduce((s, f) => s + (w.weights[f] ?? 0), w.bias)));
  let right = 0;
  let wrong = 0;
  let hiddenRight = 0;
  for (const cands of byAttribution.values()) {
    const mine = cands.find((c) => c.chosen);
    if (!mine) continue;
    const best = Math.max(0, ...cands.filter((c) => !c.chosen).map(p));
    const keep = p(mine) >= best && p(mine) >= margin;
    if (keep && mine.right) right++;
    else if (keep) wrong++;
    else if (mine.right) hiddenRight++;
  }
  return { right, wrong, hiddenRight };
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join("scripts", "train-ingest-ar.js"))) {
  const folders = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!folders.length || folders.some((f) => !existsSync(join(f, "gold.jsonl")))) {
    console.error("usage: npm run train:ingest-ar -- <folder with NAME.txt files and gold.jsonl> [more folders]");
    process.exit(2);
  }
  const fixtures = fixtureExamples();
  const marginFor = (w: ArabicWeights) => {
    const p = (e: Example) => 1 / (1 + Math.exp(-e.features.reduce((s, f) => s + (w.weights[f] ?? 0), w.bias)));
    const fixtureRight = fixtures.filter((e) => e.chosen && e.right).map(p);
    return Math.max(0, Math.min(0.5, Math.floor((Math.min(...fixtureRight) - 0.005) * 100) / 100));
  };
  if (process.argv.includes("--leave-one-out")) {
    // The honest figure: for each folder, weights fitted on the other folders (and the invented articles), and the
    // whole extractor run on the held-out folder with them, measured as eval:real measures it. Beside it, the same
    // folder with no weights (the rule stages alone) and with the committed weights (fitted on every folder: a
    // training figure). Nothing is written.
    const byFolder = new Map(folders.map((f) => [f, realExamples(resolve(f))]));
    const rows: string[] = [];
    const totals = { rules: new Tally(), held: new Tally(), committed: new Tally() };
    // Every held-out rules' pick with its held-out probability: does the confidence rank the wrong picks below the right?
    const heldPicks: { p: number; right: boolean }[] = [];
    for (const held of folders) {
      const model = train([...folders.filter((f) => f !== held).flatMap((f) => byFolder.get(f)!), ...fixtures], 3000, 1, 1e-3);
      const w: ArabicWeights = { margin: 0, ...model };
      w.margin = marginFor(w);
      const pOf = (e: Example) => 1 / (1 + Math.exp(-e.features.reduce((sum, f) => sum + (w.weights[f] ?? 0), w.bias)));
      for (const e of byFolder.get(held)!) if (e.chosen) heldPicks.push({ p: pOf(e), right: e.right });
      const { articles } = readRealSet(resolve(held));
      const run = (weights: ArabicWeights | undefined) => {
        const t = new Tally();
        articles.forEach((a, i) => {
          const text = readArticleText(a.textPath);
          const draft = extractArticle(text, { id: `m${i}`, lang: a.lang, file: `m${i}.${a.lang}.txt`, weightsAr: weights });
          t.add(judge(a.gold, draftStatements(draft, a.text)));
        });
        return t;
      };
      const figures = { rules: run({ margin: 0, bias: 0, weights: {} }), held: run(w), committed: run(undefined) };
      for (const k of ["rules", "held", "committed"] as const) totals[k].add(figures[k].judged);
      rows.push(tableRow(held.replace(/\/+$/, "").split("/").pop()!, figures, w.margin));
    }
    rows.push(tableRow("all", totals, NaN));
    console.log("set      statements | rules alone: right found wrong/found | held-out weights (margin): right found wrong/found | committed weights: right found wrong/found");
    for (const r of rows) console.log(r);
    const wrongPicks = heldPicks.filter((x) => !x.right);
    const rightPicks = heldPicks.filter((x) => x.right);
    // AUC: the chance that a wrong pick scores below a right one (0.5: the confidence tells them apart no better than chance).
    const below = wrongPicks.reduce((sum, x) => sum + rightPicks.reduce((t, y) => t + (x.p < y.p ? 1 : x.p === y.p ? 0.5 : 0), 0), 0);
    const auc = wrongPicks.length && rightPicks.length ? below / (wrongPicks.length * rightPicks.length) : NaN;
    const q = (xs: number[]) => xs.sort((a, b) => a - b).map((x) => x.toFixed(2)).join(" ");
    console.log(`held-out confidence of the rules' picks: ${rightPicks.length} right, ${wrongPicks.length} wrong (gold covering the quote); AUC ${auc.toFixed(3)}; wrong picks' p: ${q(wrongPicks.map((x) => x.p))}; lowest right: ${q(rightPicks.map((x) => x.p)).split(" ").slice(0, wrongPicks.length + 3).join(" ")}`);
    process.exit(0);
  }
  const real = folders.flatMap((f) => realExamples(resolve(f)));
  const examples = [...real, ...fixtures];
  const model = train(examples, 3000, 1, 1e-3);
  const w: ArabicWeights = { margin: 0, ...model };
  const p = (e: Example) => 1 / (1 + Math.exp(-e.features.reduce((s, f) => s + (w.weights[f] ?? 0), w.bias)));
  console.log(`${examples.length} candidate examples (${real.length} from the real sets, ${fixtures.length} from the invented articles); ${Object.keys(model.weights).length} weighted features`);
  const margin = marginFor(w);
  for (const [name, set] of [["real sets", real], ["invented articles", fixtures]] as const) {
    const rules = kept(set, { ...w, weights: {}, bias: 0 }, 0);
    const scored = kept(set, w, margin);
    console.log(`${name}: rules alone keep ${rules.right} right, ${rules.wrong} wrong; scored (margin ${margin}) keep ${scored.right} right, ${scored.wrong} wrong, hide ${scored.hiddenRight} right`);
  }
  const out = join(PROJECT_ROOT, "src", "ingest", "data", "weights-ar.json");
  const sorted = { margin, bias: model.bias, weights: Object.fromEntries(Object.entries(model.weights).sort((a, b) => a[0].localeCompare(b[0]))) };
  writeFileSync(`${out}.tmp`, `${JSON.stringify(sorted, null, 1)}\n`);
  renameSync(`${out}.tmp`, out);
  console.log(`wrote ${out}`);
}
