// What eval:polnear and eval:real share: ingest each article into a temporary corpus (the real
// `quotebot ingest`, with the loader's checks), place its draft quotes back in the text, judge them
// against the gold statements and print the tally. `--verbose` lists every wrong and silent statement,
// `--misses` the missed ones too.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestFile } from "../src/ingest/ingest.js";
import { draftStatements, judge, Tally, type GoldStatement } from "../src/ingest/measure.js";
import type { Lang } from "../src/ingest/types.js";

export interface GoldArticle {
  name: string;
  textPath: string;
  text: string;
  lang: Lang;
  gold: GoldStatement[];
}

export function measure(articles: GoldArticle[], options: { verbose?: boolean; misses?: boolean } = {}): { tally: Tally; failed: string[]; seconds: number } {
  const corpus = mkdtempSync(join(tmpdir(), "qb-measure-"));
  const tally = new Tally();
  const failed: string[] = [];
  const t0 = performance.now();
  try {
    articles.forEach((a, i) => {
      let drafts: ReturnType<typeof draftStatements>;
      try {
        const { data } = ingestFile(a.textPath, { corpusDir: corpus, lang: a.lang, id: `m${i}` });
        drafts = draftStatements(data, a.text);
      } catch (e) {
        failed.push(`${a.name}: ${(e as Error).message.split("\n")[0]}`);
        drafts = [];
      }
      tally.add(judge(a.gold, drafts));
    });
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
  const seconds = (performance.now() - t0) / 1000;
  if (options.verbose || options.misses) {
    for (const r of tally.judged) {
      if (r.outcome === "right" || (r.outcome === "missed" && !options.misses)) continue;
      const said = r.said.length ? ` -> ${r.said.join(" | ")}` : "";
      console.log(`${r.outcome.padEnd(6)} ${r.gold.article.slice(0, 40)} [${r.gold.cue}/${r.gold.type}] ${r.gold.speaker}${said}: ${r.gold.text.replace(/\s+/g, " ").slice(0, 90)}`);
    }
    console.log("");
  }
  return { tally, failed, seconds };
}

export function printResult(title: string, articles: number, result: ReturnType<typeof measure>): void {
  const s = result.tally.summary();
  console.log(`${title}: ${articles} articles, ${s.statements} statements with a named source`);
  console.log(`right speaker ${(100 * s.rightRate).toFixed(1)}% (${s.right}/${s.statements}) · found ${(100 * s.foundRate).toFixed(1)}% (${s.found}) · wrong among found ${(100 * s.wrongAmongFound).toFixed(1)}% (${s.wrong}/${s.found})`);
  console.log(`ingest: ${(articles / result.seconds).toFixed(1)} articles/s over ${result.seconds.toFixed(1)} s (one process, model load included)`);
  for (const f of result.failed) console.log(`FAILED ${f}`);
  console.log("");
  console.log(result.tally.report());
}
