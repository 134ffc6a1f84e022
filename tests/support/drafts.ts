// Invented articles ingested as drafts into a temporary corpus, and what a test asks of the answers.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { ingestFile } from "../../src/ingest/ingest.js";

/** An engine over corpus `dir/name` holding `files` (id → text), each ingested from `dir/<id>.txt`. */
export function ingestedEngine(dir: string, name: string, files: Record<string, string>): Engine {
  const corpus = join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(join(dir, `${file}.txt`), text);
    ingestFile(join(dir, `${file}.txt`), { corpusDir: corpus, id: file });
  }
  return createEngine(loadCorpus(corpus));
}

/** The status of the answer to `q` and its top speaker's names, English then Arabic. */
export function who(engine: Engine, q: string): { status: string; speaker: string } {
  const a = engine.ask(q);
  return { status: a.status, speaker: `${a.answers[0]?.speaker?.name ?? ""} ${a.answers[0]?.speaker?.nameAr ?? ""}` };
}

export function expectSpeaker(engine: Engine, q: string, speaker: RegExp): void {
  const a = who(engine, q);
  expect(a.status, q).toBe("answered");
  expect(a.speaker, q).toMatch(speaker);
}
