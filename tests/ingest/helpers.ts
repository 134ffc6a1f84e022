// Shared helpers for the ingest tests: fixtures, a temporary corpus directory, an in-memory CLI IO.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import type { CliIO } from "../../adapters/cli/command.js";
import type { CorpusFile } from "../../src/corpus/schema.js";
import type { ExpectedAttribution } from "../../src/ingest/evaluate.js";
import { extractArticle } from "../../src/ingest/extract.js";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures", "ingest");
export const FIXTURE_NAMES = [
  "ar-water-crisis", "ar-election-tunis", "en-harbor-bridge", "en-clinic-strike",
  // Unnamed speakers described by what they are or where they work (blind sets of session 11), invented.
  "en-described-sources",
  // Articles written blind to the extractor (tests/fixtures/unseen), kept here with their expected attributions.
  "unseen-ar-1", "unseen-ar-2", "unseen-ar-3", "unseen-en-1", "unseen-en-2", "unseen-en-3",
  // The second blind set (tests/fixtures/unseen-2).
  "unseen2-ar-1", "unseen2-ar-2", "unseen2-ar-3", "unseen2-ar-4", "unseen2-en-1", "unseen2-en-2", "unseen2-en-3", "unseen2-en-4",
  // The third blind set (tests/fixtures/unseen-3).
  "unseen3-ar-1", "unseen3-ar-2", "unseen3-ar-3", "unseen3-ar-4", "unseen3-en-1", "unseen3-en-2", "unseen3-en-3", "unseen3-en-4",
  // The fourth blind set (tests/fixtures/unseen-4).
  "unseen4-ar-1", "unseen4-ar-2", "unseen4-ar-3", "unseen4-ar-4", "unseen4-en-1", "unseen4-en-2", "unseen4-en-3", "unseen4-en-4",
  // The fifth blind set (tests/fixtures/unseen-5).
  "unseen5-ar-1", "unseen5-ar-2", "unseen5-ar-3", "unseen5-ar-4", "unseen5-en-1", "unseen5-en-2", "unseen5-en-3", "unseen5-en-4",
  // The sixth blind set (tests/fixtures/unseen-6).
  "unseen6-ar-1", "unseen6-ar-2", "unseen6-ar-3", "unseen6-ar-4", "unseen6-en-1", "unseen6-en-2", "unseen6-en-3", "unseen6-en-4",
  // The seventh blind set (tests/fixtures/unseen-7).
  "unseen7-ar-1", "unseen7-ar-2", "unseen7-ar-3", "unseen7-ar-4", "unseen7-en-1", "unseen7-en-2", "unseen7-en-3", "unseen7-en-4",
  // The eighth blind set (tests/fixtures/unseen-8), tuned on in round eight.
  "unseen8-ar-1", "unseen8-ar-2", "unseen8-ar-3", "unseen8-en-1", "unseen8-en-2", "unseen8-en-3",
];

export function fixture(name: string): { path: string; text: string; lang: "ar" | "en"; expected: ExpectedAttribution[]; navigation: number[] } {
  const path = join(FIXTURES, `${name}.txt`);
  const exp = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), "utf8"));
  return { path, text: readFileSync(path, "utf8"), lang: exp.lang, expected: exp.attributions, navigation: exp.navigation };
}

export function tempDir(prefix = "qb-ingest-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every file of a directory with its content: to assert that nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    out[f] = statSync(p).isFile() ? readFileSync(p, "base64") : "<dir>";
  }
  return out;
}

export function memoryIO(): { io: CliIO; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on("data", (c) => (out += c));
  stderr.on("data", (c) => (err += c));
  return { io: { stdin: new PassThrough(), stdout, stderr }, out: () => out, err: () => err };
}

/** Extracts a short invented article given as its paragraphs: the draft as the engine answers from it,
 *  i.e. its attributed quotes (a quote kept without a speaker attributes nothing). */
export const extract = (lang: "ar" | "en", ...paragraphs: string[]) => attributedOnly(extractRaw(lang, ...paragraphs));

/** The draft as written, speakerless quotes included. */
export const extractRaw = (lang: "ar" | "en", ...paragraphs: string[]) =>
  extractArticle(paragraphs.join("\n"), { id: "t", lang, file: `t.${lang}.txt` });

export const attributedOnly = (d: CorpusFile): CorpusFile => ({ ...d, quotes: d.quotes.filter((q) => q.speaker !== null) });

/** The speaker of the quote record that contains `needle`, or undefined when no record holds it. */
export function speakerOf(draft: CorpusFile, needle: string) {
  const q = draft.quotes.find((x) => x.speaker !== null && x.text.includes(needle));
  return q && draft.speakers.find((s) => s.id === q.speaker);
}
