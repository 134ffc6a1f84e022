// `npm run mine:cues -- <PolNeAR folder>`: learns the English cue lexicon from PolNeAR's TRAIN split and
// writes src/ingest/data/cues-en-learned.json (lemmas and counts only: no text of the corpus leaves here).
// For every verb lemma wink-nlp tags in the train articles: how often it occurs as a verb (`seen`), and how
// often one of those occurrences lies inside an annotated cue span (`cued`), whatever the source (a pronoun,
// a group or a name: the verb cues an attribution all the same). Precision is cued / seen. A lemma is kept
// when it was seen at least MIN_SEEN times and its precision (smoothed towards the train-wide rate, so that
// a lemma seen twice is not trusted like one seen two hundred times) reaches the bar; the bar is the one
// that, on train, keeps the most cued occurrences for the fewest uncued ones (F1 of cued occurrences).
// The cue stage (src/ingest/cues-en.ts) reads the kept lemmas beside the curated lists; each lemma's
// smoothed precision becomes a scoring feature, so the learned weights decide how far to trust it.
// Never point it at the test split: it is reserved for independent measurement.
import { renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ItemToken } from "wink-nlp";
import { englishNlp } from "../src/ingest/nlp-en.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { readSplit } from "./polnear.js";

const MIN_SEEN = 4;
/** Pseudo-counts of the smoothing (a Beta prior at the train-wide rate). */
const PRIOR_WEIGHT = 4;
const AUXILIARY = new Set(["be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must"]);

interface Count { seen: number; cued: number }

export function mine(root: string): { lemmas: Map<string, Count>; nouns: Map<string, Count>; totalSeen: number; totalCued: number } {
  const nlp = englishNlp();
  const its = nlp.its;
  const lemmas = new Map<string, Count>();
  const nouns = new Map<string, Count>();
  let totalSeen = 0;
  let totalCued = 0;
  for (const a of readSplit(root, "train")) {
    const cueSpans = a.annotations.flatMap((x) => x.cue?.spans ?? []);
    const inCue = (s: number, e: number) => cueSpans.some(([from, to]) => s < to && e > from);
    // Paragraph by paragraph, so that token offsets are found by a short scan.
    let base = 0;
    for (const para of a.text.split("\n")) {
      if (para.trim()) {
        const doc = nlp.readDoc(para.slice(0, 20000));
        let at = 0;
        doc.tokens().each((t: ItemToken) => {
          const value = String(t.out(its.value));
          const found = para.indexOf(value, at);
          if (found < 0 || found > at + 40) return;
          at = found + value.length;
          const pos = t.out(its.pos);
          const lemma = String(t.out(its.lemma as never)).toLowerCase();
          // Nouns that cue ("Trump's claim that …", "her remarks"), counted apart from the verbs.
          if (pos === "NOUN" && /^[a-z][a-z-]*$/.test(lemma)) {
            const n = nouns.get(lemma) ?? { seen: 0, cued: 0 };
            n.seen++;
            if (inCue(base + found, base + at)) n.cued++;
            nouns.set(lemma, n);
          }
          if (pos !== "VERB") return;
          if (AUXILIARY.has(lemma) || !/^[a-z][a-z-]*$/.test(lemma)) return;
          const c = lemmas.get(lemma) ?? { seen: 0, cued: 0 };
          c.seen++;
          totalSeen++;
          if (inCue(base + found, base + at)) {
            c.cued++;
            totalCued++;
          }
          lemmas.set(lemma, c);
        });
      }
      base += para.length + 1;
    }
  }
  return { lemmas, nouns, totalSeen, totalCued };
}

const smoothed = (c: Count, rate: number) => (c.cued + PRIOR_WEIGHT * rate) / (c.seen + PRIOR_WEIGHT);

/** The precision bar that keeps the most cued occurrences for the fewest uncued ones (best F1 on train). */
export function fitBar(lemmas: Map<string, Count>, rate: number, totalCued: number): number {
  const candidates = [...lemmas.values()].filter((c) => c.seen >= MIN_SEEN);
  let best = { bar: 0.5, f1: -1 };
  for (let bar = 0.05; bar <= 0.95; bar += 0.025) {
    const kept = candidates.filter((c) => smoothed(c, rate) >= bar);
    const cued = kept.reduce((n, c) => n + c.cued, 0);
    const seen = kept.reduce((n, c) => n + c.seen, 0);
    const precision = seen ? cued / seen : 0;
    const recall = cued / totalCued;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > best.f1) best = { bar: Math.round(bar * 1000) / 1000, f1 };
  }
  return best.bar;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join("scripts", "mine-cues.js"))) {
  const root = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!root) {
    console.error("usage: npm run mine:cues -- <PolNeAR folder>   (uses its train split only)");
    process.exit(2);
  }
  const { lemmas, nouns, totalSeen, totalCued } = mine(resolve(root));
  const rate = totalCued / totalSeen;
  const bar = fitBar(lemmas, rate, totalCued);
  const kept = [...lemmas].filter(([, c]) => c.seen >= MIN_SEEN && smoothed(c, rate) >= bar).sort((x, y) => y[1].cued - x[1].cued || x[0].localeCompare(y[0]));
  // Nouns: the same smoothing towards the verbs' rate and the same bar (a cue noun must be as sure as a cue verb).
  const keptNouns = [...nouns].filter(([, c]) => c.seen >= MIN_SEEN && smoothed(c, rate) >= bar).sort((x, y) => y[1].cued - x[1].cued || x[0].localeCompare(y[0]));
  const keptCued = kept.reduce((n, [, c]) => n + c.cued, 0);
  const keptSeen = kept.reduce((n, [, c]) => n + c.seen, 0);
  console.log(`${lemmas.size} verb lemmas, ${totalSeen} verb tokens, ${totalCued} inside a cue (${(100 * rate).toFixed(1)}%)`);
  console.log(`bar ${bar}: keeps ${kept.length} lemmas, ${keptCued} cued of ${keptSeen} seen (precision ${(100 * keptCued / keptSeen).toFixed(1)}%, recall ${(100 * keptCued / totalCued).toFixed(1)}%)`);
  const out = join(PROJECT_ROOT, "src", "ingest", "data", "cues-en-learned.json");
  const data = {
    _: "Verb lemmas that cue attributions in PolNeAR's train split, mined by scripts/mine-cues.ts (npm run mine:cues): seen = occurrences tagged as a verb (nouns: as a noun), cued = of those, inside an annotated cue span; precision = smoothed cued/seen. Kept: seen >= minSeen and precision >= bar (the bar with the best F1 of cued occurrences on train). Counts only, no corpus text.",
    minSeen: MIN_SEEN, bar, rate: Math.round(rate * 10000) / 10000,
    lemmas: Object.fromEntries(kept.map(([l, c]) => [l, { seen: c.seen, cued: c.cued, precision: Math.round(smoothed(c, rate) * 1000) / 1000 }])),
    nouns: Object.fromEntries(keptNouns.map(([l, c]) => [l, { seen: c.seen, cued: c.cued, precision: Math.round(smoothed(c, rate) * 1000) / 1000 }])),
  };
  writeFileSync(`${out}.tmp`, `${JSON.stringify(data, null, 1).replace(/\{\n\s+"seen": (\d+),\n\s+"cued": (\d+),\n\s+"precision": ([\d.]+)\n\s+\}/g, '{"seen": $1, "cued": $2, "precision": $3}')}\n`);
  renameSync(`${out}.tmp`, out);
  console.log(`nouns: keeps ${keptNouns.length}: ${keptNouns.map(([l]) => l).join(" ")}`);
  console.log(`wrote ${out}`);
}
