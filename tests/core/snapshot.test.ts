// The built-corpus cache (issue 16 item 9, issue 15): keyed by the corpus folder's status and the
// engine's code (every file's status checked where asked), kept per user, checked before use (every
// number in range, and a sample of articles read again through the loader), pruned. It holds the whole view and the speaker directory's tables,
// so that a start reads no corpus file and normalizes no name.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheDirPath, userCacheDir } from "../../src/cache-dir.js";
import { buildCorpusView } from "../../src/engine/records.js";
import { MAX_SNAPSHOTS, filesStatus, pruneSnapshots, readSnapshot, snapshotPlace, writeSnapshot } from "../../src/engine/snapshot.js";
import { SpeakerDirectory, readDirectory, storeDirectory } from "../../src/engine/speakers.js";
import { DEFAULT_CORPUS_DIR, createEngine, loadCorpus, loadEngine } from "../../src/index.js";
import { generateCorpus } from "../../bench/generate.js";

const root = mkdtempSync(join(tmpdir(), "qb-snapshot-"));
const cache = join(root, "cache");
const corpus = join(root, "corpus");
const saved = process.env.QUOTEBOT_CACHE_DIR;
const QUESTIONS = ["Who said the ISIS brand still exists?", "What did Erdogan say?", "من قال إن داعش لا يزال يشكل تهديدا؟"];

beforeAll(() => {
  cpSync(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
  process.env.QUOTEBOT_CACHE_DIR = cache;
});
afterAll(() => {
  if (saved === undefined) delete process.env.QUOTEBOT_CACHE_DIR;
  else process.env.QUOTEBOT_CACHE_DIR = saved;
  rmSync(root, { recursive: true, force: true });
});

const fresh = () => createEngine(loadCorpus(corpus));
const snapshots = () => readdirSync(cache).filter((f) => f.startsWith("corpus-") && f.endsWith(".keys"));
const answersOf = (engine: ReturnType<typeof fresh>) => QUESTIONS.map((q) => engine.ask(q));

describe("the per-user cache directory", () => {
  it("is never a shared temporary directory", () => {
    const home = join(root, "home");
    expect(cacheDirPath({ HOME: home, TMPDIR: "/tmp" })).not.toMatch(/^\/tmp\/quotebot/);
    expect(cacheDirPath({ XDG_CACHE_HOME: join(home, "xdg") })).toBe(join(home, "xdg", "quotebot"));
    expect(cacheDirPath({ QUOTEBOT_CACHE_DIR: "relative/dir" })).toBeNull();
  });

  it("is refused when others may write to it, or when it is a link", () => {
    const open = join(root, "open");
    mkdirSync(open, { mode: 0o777 });
    chmodSync(open, 0o777);
    expect(userCacheDir({ QUOTEBOT_CACHE_DIR: open })).toBeNull();
    const link = join(root, "link");
    symlinkSync(open, link);
    expect(userCacheDir({ QUOTEBOT_CACHE_DIR: link })).toBeNull();
    const own = join(root, "own");
    expect(userCacheDir({ QUOTEBOT_CACHE_DIR: own })).toBe(own);
    expect(statSync(own).mode & 0o777).toBe(0o700);
  });
});

describe("the built-corpus snapshot", () => {
  it("is reused on an unchanged corpus and answers as a clean build does", () => {
    const first = answersOf(loadEngine(corpus));
    expect(snapshots()).toHaveLength(1);
    const written = statSync(join(cache, snapshots()[0])).size;
    expect(answersOf(loadEngine(corpus))).toEqual(first);
    expect(first).toEqual(answersOf(fresh()));
    expect(written).toBeGreaterThan(0);
  });

  it("keeps the speaker directory's tables, which resolve names as the directory built afresh does", () => {
    const view = buildCorpusView(loadCorpus(corpus));
    const built = new SpeakerDirectory(view.speakers);
    const stored = JSON.parse(JSON.stringify(storeDirectory(built.tables()))) as ReturnType<typeof storeDirectory>;
    const read = new SpeakerDirectory(view.speakers, () => null, readDirectory(stored, view.speakers.length)!);
    const phrases = ["Erdogan", "erdgoan", "president erdogan", "the counterterrorism coordinator", "سيلز", "اردوغان", "Jefry", "the Turkish leader", "nobody known"];
    for (const p of phrases) expect(read.resolve(p)).toEqual(built.resolve(p));
    // The engine that wrote the snapshot gave it its tables; a start from it builds none.
    loadEngine(corpus);
    const snapshot = readSnapshot(snapshotPlace(corpus, cache)!);
    expect(snapshot?.directory).toBeDefined();
    expect(new SpeakerDirectory(view.speakers, () => null, snapshot!.directory).resolve("erdgoan")).toEqual(built.resolve("erdgoan"));
    // Numbers out of range are refused: the snapshot is then not used.
    expect(readDirectory({ ...stored, entries: [0, view.speakers.length, 1] }, view.speakers.length)).toBeNull();
    expect(readDirectory({ ...stored, exact: [["x", [-1]]] }, view.speakers.length)).toBeNull();
  });

  it("is used for a corpus file the schema completes (a default left out, a padded title), checked through the loader", () => {
    const dir = join(root, "completed");
    cpSync(corpus, dir, { recursive: true });
    const file = join(dir, "article-000.json");
    const data = JSON.parse(readFileSync(file, "utf8")) as { article: { title: string }; quotes: { topics?: string[] }[] };
    data.article.title = `  ${data.article.title} `;
    for (const q of data.quotes) delete q.topics;
    writeFileSync(file, JSON.stringify(data));
    // A cache of its own: the other tests find this corpus's snapshot as the only one.
    const own = join(root, "completed-cache");
    process.env.QUOTEBOT_CACHE_DIR = own;
    try {
      const expected = answersOf(createEngine(loadCorpus(dir)));
      expect(answersOf(loadEngine(dir))).toEqual(expected);
      expect(readSnapshot(snapshotPlace(dir, own)!)).not.toBeNull();
      expect(answersOf(loadEngine(dir))).toEqual(expected);
    } finally {
      process.env.QUOTEBOT_CACHE_DIR = cache;
    }
  });

  it("keeps the typo vocabulary beside it once needed, and reads typos alike with it, without it or with a wrong one", () => {
    const typos = ["Who said the ISIS brnad stil exists?", "من قال إن داعش لا يزال يشكل تهدبدا؟", "what did erdgoan say about the operaton?"];
    const expected = typos.map((q) => fresh().ask(q));
    loadEngine(corpus); // the snapshot
    const [name] = snapshots();
    const wordsPath = join(cache, `${name}.words`);
    rmSync(wordsPath, { force: true });
    expect(typos.map((q) => loadEngine(corpus).ask(q))).toEqual(expected);
    const kept = readFileSync(wordsPath, "utf8").split("\n");
    expect(kept.length).toBeGreaterThan(100);
    expect(kept).toContain("brand");
    expect(typos.map((q) => loadEngine(corpus).ask(q))).toEqual(expected);
    // A kept list that lacks words the records say is not used: the words are found again.
    writeFileSync(wordsPath, `${kept[0]}\nbrand\n`);
    expect(typos.map((q) => loadEngine(corpus).ask(q))).toEqual(expected);
    expect(readFileSync(wordsPath, "utf8").split("\n").length).toBe(kept.length);
    // Words of another snapshot's key are not read.
    writeFileSync(wordsPath, `${JSON.stringify({ format: 0, key: "other" })}\nbrand\n`);
    expect(typos.map((q) => loadEngine(corpus).ask(q))).toEqual(expected);
  });

  it("changes key when a file is written as every corpus writer writes (a new name renamed into place)", () => {
    const file = join(corpus, "article-000.json");
    const before = snapshotPlace(corpus, cache)!;
    const text = readFileSync(file, "utf8");
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
    expect(snapshotPlace(corpus, cache)!.key).not.toBe(before.key);
  });

  it("is refused, when every file's status is checked, once a file was rewritten in place with its size and times kept", () => {
    loadEngine(corpus);
    const file = join(corpus, "article-000.json");
    const { atime, mtime } = statSync(file);
    const text = readFileSync(file, "utf8");
    expect(readSnapshot(snapshotPlace(corpus, cache)!, true)).not.toBeNull();
    writeFileSync(file, text.replace("Violence is continuing", "Maneuver is continuing"));
    utimesSync(file, atime, mtime);
    try {
      expect(statSync(file).size).toBe(Buffer.byteLength(text));
      expect(readSnapshot(snapshotPlace(corpus, cache)!, true)).toBeNull();
    } finally {
      writeFileSync(file, text);
      utimesSync(file, atime, mtime);
    }
  });

  it("is never served when it does not fit: a planted, damaged or parsable-but-wrong snapshot gives a clean build", () => {
    loadEngine(corpus, {}, { checkFiles: true }); // made again if a test before this one rewrote a file in place
    const [name] = snapshots();
    const path = join(cache, name);
    const good = readFileSync(path);
    // A preamble line (the sizes that follow), then the header line, then the body.
    const header = good.indexOf(10, good.indexOf(10) + 1) + 1;
    const expected = answersOf(fresh());
    const tampered: Buffer[] = [
      Buffer.from("not a snapshot"),
      // An older format's JSON with words nobody said.
      Buffer.from(JSON.stringify({ records: [{ kind: "quote", text: "words nobody said", speaker: 0 }] })),
      good.subarray(0, good.length - 4),
    ];
    // Well formed and every number in range, but the first record's first key is another, or the index
    // files the first record under no key.
    const resealed = (change: (body: Buffer, at: (section: number) => number) => void): Buffer => {
      const copy = Buffer.from(good);
      const { lengths } = JSON.parse(copy.toString("latin1", good.indexOf(10) + 1, header - 1)) as { lengths: number[] };
      // confidence (8 bytes a number), then the int32 sections, in the order snapshot.ts writes them.
      const at = (section: number) => lengths.slice(0, section).reduce((a, l, i) => a + l * (i === 0 ? 8 : 4), 0);
      change(copy.subarray(header), at);
      return copy;
    };
    const KEY_IDS = 3;
    const PRIMARY = 6;
    tampered.push(resealed((body, at) => body.writeInt32LE(body.readInt32LE(at(KEY_IDS)) === 0 ? 1 : 0, at(KEY_IDS))));
    // A key id out of range: the key lists are read (and checked) a page at a time, the sample's first.
    tampered.push(resealed((body, at) => body.writeInt32LE(1 << 30, at(KEY_IDS))));
    tampered.push(resealed((body, at) => {
      // Every posting of record 0 becomes one of record 1 (lists stay sorted: record 0 comes first in each).
      for (let o = at(PRIMARY); o < at(PRIMARY + 1); o += 4) if (body.readInt32LE(o) === 0 && body.readInt32LE(o + 4) !== 1) body.writeInt32LE(1, o);
    }));
    for (const bytes of tampered) {
      writeFileSync(path, bytes);
      expect(answersOf(loadEngine(corpus))).toEqual(expected);
      // The clean build replaced it.
      expect(readFileSync(path).equals(good)).toBe(true);
    }
  });

  it("is never served when a sampled article says otherwise than the corpus, though the snapshot is whole", () => {
    loadEngine(corpus);
    const [name] = snapshots();
    const path = join(cache, name);
    const good = readFileSync(path);
    const expected = answersOf(fresh());
    // A sound snapshot of the same files with other words in a quote, under this corpus's key.
    const other = loadCorpus(corpus);
    const quote = other.articles[0].quotes.find((q) => q.textEn?.includes("Violence is continuing"))!;
    quote.textEn = quote.textEn!.replace("Violence is continuing", "Peace is continuing");
    writeSnapshot(snapshotPlace(corpus, cache)!, buildCorpusView(other), filesStatus(corpus));
    expect(readFileSync(path).equals(good)).toBe(false);
    expect(answersOf(loadEngine(corpus))).toEqual(expected);
    expect(JSON.stringify(loadEngine(corpus).ask("who said peace is continuing through sleeper cells"))).not.toContain("Peace is continuing");
    expect(readFileSync(path).equals(good)).toBe(true);
  });

  it("is not read again when a corpus file was rewritten: renamed into place, or in place with its size and times kept (loadEngine's default)", () => {
    loadEngine(corpus);
    const file = join(corpus, "article-000.json");
    const { atime, mtime } = statSync(file);
    const text = readFileSync(file, "utf8");
    const asked = "who said maneuver is continuing through sleeper cells";
    try {
      writeFileSync(`${file}.tmp`, text.replace("Violence is continuing", "Maneuver is continuing"));
      renameSync(`${file}.tmp`, file);
      expect(loadEngine(corpus).ask(asked).answers[0]?.textEn).toContain("Maneuver is continuing");
      writeFileSync(file, text.replace("Violence is continuing", "Steadiness is continuing"));
      utimesSync(file, atime, mtime);
      expect(loadEngine(corpus).ask(asked.replace("maneuver", "steadiness")).answers[0]?.textEn).toContain("Steadiness is continuing");
      writeFileSync(file, text.replace("Violence is continuing", "Calm is continuing"));
      utimesSync(file, atime, mtime);
      expect(loadEngine(corpus).ask(asked.replace("maneuver", "calm")).answers[0]?.textEn).toContain("Calm is continuing");
    } finally {
      writeFileSync(file, text);
      utimesSync(file, atime, mtime);
    }
  });

  it("sees, by default, an article another tool rewrote in place that the sample check does not read", () => {
    const dir = join(root, "many");
    mkdirSync(dir);
    generateCorpus({ quotes: 200, dir, includeSeed: false });
    const names = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    // The sample check reads every (articles / 4)th article from the first: take an English one it skips.
    const step = Math.max(1, Math.floor(names.length / 4));
    const file = names.map((n) => join(dir, n)).find((f, i) => i % step !== 0 && JSON.parse(readFileSync(f, "utf8")).article.lang === "en") as string;
    const data = JSON.parse(readFileSync(file, "utf8"));
    const { text } = data.quotes[0];
    const word = text.split(" ").find((w: string) => /^[a-z]{5,}$/.test(w)) as string;
    const asked = `Who said "${text.replace(word, "zebramarmalade")}"?`;
    loadEngine(dir);
    const txt = join(dir, data.article.file);
    // Written in place (no rename): the folder's status does not change.
    for (const f of [file, txt].filter((f) => existsSync(f))) writeFileSync(f, readFileSync(f, "utf8").split(word).join("zebramarmalade"));
    // Trusting the folder's status alone serves the stale build: the premise of the default.
    expect(JSON.stringify(loadEngine(dir, {}, { checkFiles: false }).ask(asked).answers[0]?.text ?? "")).not.toContain("zebramarmalade");
    const answer = loadEngine(dir).ask(asked).answers[0];
    expect(answer?.text).toContain("zebramarmalade");
  });

  it("keeps one snapshot per corpus folder and at most MAX_SNAPSHOTS in all", () => {
    const dir = join(root, "prune");
    mkdirSync(dir);
    const names = Array.from({ length: MAX_SNAPSHOTS + 4 }, (_, i) => `corpus-folder${i}-key${i}.keys`);
    names.push("corpus-folder0-older.keys", "wordnet-abc.json", "corpus-folder0-key0.keys.words", "corpus-folder0-older.keys.words", "corpus-folder0-key0.keys.places", "corpus-folder0-older.keys.places");
    names.forEach((n, i) => {
      writeFileSync(join(dir, n), "x");
      const t = new Date(Date.now() - (names.length - i) * 60_000);
      utimesSync(join(dir, n), t, t);
    });
    pruneSnapshots(dir, join(dir, "corpus-folder0-key0.keys"));
    const left = readdirSync(dir);
    expect(left.filter((n) => n.startsWith("corpus-") && n.endsWith(".keys"))).toHaveLength(MAX_SNAPSHOTS);
    expect(left).toContain("corpus-folder0-key0.keys");
    // Kept words and places go with their snapshot.
    expect(left).toContain("corpus-folder0-key0.keys.words");
    expect(left).not.toContain("corpus-folder0-older.keys.words");
    expect(left).toContain("corpus-folder0-key0.keys.places");
    expect(left).not.toContain("corpus-folder0-older.keys.places");
    expect(left).not.toContain("corpus-folder0-older.keys");
    expect(left).toContain("wordnet-abc.json");
  });
});
